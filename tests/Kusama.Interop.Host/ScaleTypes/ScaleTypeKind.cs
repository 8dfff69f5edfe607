namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>The shapes a SCALE type expression can take in the interop protocol.</summary>
public enum ScaleTypeKind
{
    Unsigned,
    Signed,
    Bool,
    Compact,
    Text,
    FixedBytes,
    BitVec,
    Option,
    Result,
    Vec,
    Tuple,
    BTreeMap,
    BTreeSet,
}
