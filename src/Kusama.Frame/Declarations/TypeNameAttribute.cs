namespace Kusama.Frame.Declarations;

/// <summary>The Rust type name metadata shows for a call argument or event field (e.g. <c>"T::Balance"</c>, <c>"AccountIdLookupOf&lt;T&gt;"</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class TypeNameAttribute : Attribute
{
    public TypeNameAttribute(string name) => Name = name;

    public string Name { get; }
}
