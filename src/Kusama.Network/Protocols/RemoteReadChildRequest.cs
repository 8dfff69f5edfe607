namespace Kusama.Network.Protocols;

/// <summary>A light client's request for a child-trie read proof (<c>api.v1.light.RemoteReadChildRequest</c>).</summary>
public sealed record RemoteReadChildRequest(byte[] Block, byte[] StorageKey, IReadOnlyList<byte[]> Keys);
