namespace Kusama.Network.Protocols;

/// <summary>A light client's request for a runtime call proof (<c>api.v1.light.RemoteCallRequest</c>).</summary>
public sealed record RemoteCallRequest(byte[] Block, string Method, byte[] Data);
