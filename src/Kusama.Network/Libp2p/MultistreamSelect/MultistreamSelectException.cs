namespace Kusama.Network.Libp2p.MultistreamSelect;

/// <summary>The remote broke multistream-select 1.0 (bad framing, wrong header, unexpected reply); the stream is unusable.</summary>
public sealed class MultistreamSelectException : IOException
{
    /// <summary>Creates the exception with a message naming what the remote did wrong.</summary>
    public MultistreamSelectException(string message)
        : base(message)
    {
    }
}
