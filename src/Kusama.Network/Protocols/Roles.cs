namespace Kusama.Network.Protocols;

/// <summary>Substrate's <c>Roles</c> bitflags, the single byte of the transactions/grandpa handshakes.</summary>
[Flags]
public enum Roles : byte
{
    /// <summary>No role bit set.</summary>
    None = 0,

    /// <summary>A full node.</summary>
    Full = 1,

    /// <summary>A light client.</summary>
    Light = 2,

    /// <summary>An authority (validator).</summary>
    Authority = 4,
}
