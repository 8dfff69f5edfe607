namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>A parsed SCALE type expression such as <c>BTreeMap&lt;u32, Vec&lt;Option&lt;Text&gt;&gt;&gt;</c>.</summary>
/// <param name="Kind">The shape.</param>
/// <param name="Bits">Integer width for <see cref="ScaleTypeKind.Unsigned"/>, <see cref="ScaleTypeKind.Signed"/> and <see cref="ScaleTypeKind.Compact"/>.</param>
/// <param name="Length">Byte count of <c>[u8; N]</c>.</param>
/// <param name="Children">Element types: one for Option/Vec/BTreeSet, (ok, err) for Result, (key, value) for BTreeMap, the items of a tuple.</param>
public sealed record ScaleType(ScaleTypeKind Kind, int Bits, int Length, IReadOnlyList<ScaleType> Children)
{
    /// <summary>Tuple arity our tuple codecs cover.</summary>
    public const int MaxTupleItems = 4;

    public ScaleType Child => Children[0];

    /// <summary>Whether values of this type may be BTreeMap keys or BTreeSet items here (they need a Rust <c>Ord</c>).</summary>
    public bool IsOrdered => Kind is ScaleTypeKind.Unsigned or ScaleTypeKind.Signed or ScaleTypeKind.Bool or ScaleTypeKind.Text or ScaleTypeKind.FixedBytes;

    public static ScaleType Leaf(ScaleTypeKind kind, int bits = 0, int length = 0) => new(kind, bits, length, []);

    public static ScaleType Of(ScaleTypeKind kind, params ScaleType[] children) => new(kind, 0, 0, children);
}
