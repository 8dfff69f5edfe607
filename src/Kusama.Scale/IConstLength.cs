namespace Kusama.Scale;

/// <summary>A compile-time length or bound, passed as a generic argument (Substrate's <c>ConstU32&lt;N&gt;</c>).</summary>
public interface IConstLength
{
    static abstract int Value { get; }
}
