namespace Kusama.Frame.Declarations;

/// <summary>Marks a call argument or event field encoded as <c>Compact&lt;T&gt;</c> (<c>#[pallet::compact]</c> / <c>#[codec(compact)]</c>).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CompactAttribute : Attribute;
