namespace Kusama.Blockchain.ChainSpecs;

/// <summary>The chain spec's <c>chainType</c>: <c>Development</c>, <c>Local</c>, <c>Live</c> or <c>{"Custom": name}</c>.</summary>
public readonly record struct ChainType(string Name, bool IsCustom = false)
{
    public static ChainType Development => new("Development");
    public static ChainType Local => new("Local");
    public static ChainType Live => new("Live");

    /// <summary>As <c>system_chainType</c> shows it.</summary>
    public override string ToString() => IsCustom ? $"Custom({Name})" : Name;
}
