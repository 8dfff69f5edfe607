namespace Kusama.Network.Protocols;

/// <summary>A light client's request for a storage read proof of <see cref="Keys"/> at <see cref="Block"/> (<c>api.v1.light.RemoteReadRequest</c>).</summary>
public sealed record RemoteReadRequest(byte[] Block, IReadOnlyList<byte[]> Keys);
