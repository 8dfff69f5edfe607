namespace Kusama.Scale;

/// <summary>The wire index of an enum variant (<c>#[codec(index = n)]</c>); never reorder or reuse one.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class ScaleIndexAttribute : Attribute
{
    public ScaleIndexAttribute(byte index) => Index = index;

    public byte Index { get; }
}
