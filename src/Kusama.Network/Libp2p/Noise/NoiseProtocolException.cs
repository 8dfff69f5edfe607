namespace Kusama.Network.Libp2p.Noise;

/// <summary>A Noise handshake or transport frame from the remote is malformed, fails authentication or breaks a limit.</summary>
public sealed class NoiseProtocolException : Exception
{
    /// <summary>Creates the exception with a message naming what the remote got wrong.</summary>
    public NoiseProtocolException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception wrapping the failure that revealed the problem.</summary>
    public NoiseProtocolException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
