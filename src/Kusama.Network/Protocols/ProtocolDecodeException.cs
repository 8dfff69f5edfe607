namespace Kusama.Network.Protocols;

/// <summary>A peer sent a Substrate protocol message (SCALE or protobuf) that does not decode or breaks a limit.</summary>
public sealed class ProtocolDecodeException : Exception
{
    /// <summary>Creates the exception with a message saying what was wrong.</summary>
    public ProtocolDecodeException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the decoder error that caused it.</summary>
    public ProtocolDecodeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
