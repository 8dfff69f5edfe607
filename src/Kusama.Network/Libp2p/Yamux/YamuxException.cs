namespace Kusama.Network.Libp2p.Yamux;

/// <summary>A yamux protocol violation by the remote, or an operation on a stream or session that was reset or closed.</summary>
public sealed class YamuxException : IOException
{
    /// <summary>Creates the exception with a message saying what went wrong.</summary>
    public YamuxException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public YamuxException(string message, Exception innerException) : base(message, innerException) { }
}
