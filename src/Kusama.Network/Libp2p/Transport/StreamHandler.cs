namespace Kusama.Network.Libp2p.Transport;

/// <summary>Serves one inbound substream whose protocol was negotiated; the handler owns and disposes the stream.</summary>
public delegate Task StreamHandler(Libp2pConnection connection, NegotiatedSubstream substream, CancellationToken cancellationToken);
