namespace Kusama.Runtime.Genesis;

/// <summary>A genesis config (chain-spec JSON or a GenesisBuilder patch) that cannot be built; the message says which field and why.</summary>
public sealed class GenesisConfigException : Exception
{
    public GenesisConfigException(string message) : base(message)
    {
    }

    public GenesisConfigException(string message, Exception inner) : base(message, inner)
    {
    }
}
