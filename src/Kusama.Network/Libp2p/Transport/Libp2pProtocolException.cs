namespace Kusama.Network.Libp2p.Transport;

/// <summary>A remote peer broke the libp2p connection protocol (bad upgrade, wrong identity, malformed message).</summary>
public sealed class Libp2pProtocolException : IOException
{
    /// <summary>An exception with a message.</summary>
    public Libp2pProtocolException(string message) : base(message) { }

    /// <summary>An exception with a message and its cause.</summary>
    public Libp2pProtocolException(string message, Exception innerException) : base(message, innerException) { }
}
