namespace Kusama.Network.Protocols;

/// <summary>One key-value pair of a state response (<c>api.v1.StateEntry</c>).</summary>
public sealed record StateEntry(byte[] Key, byte[] Value);
