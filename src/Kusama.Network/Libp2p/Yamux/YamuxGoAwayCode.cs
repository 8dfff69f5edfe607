namespace Kusama.Network.Libp2p.Yamux;

/// <summary>The error code carried in the length field of a yamux GoAway frame.</summary>
public enum YamuxGoAwayCode : uint
{
    Normal = 0,
    ProtocolError = 1,
    InternalError = 2,
}
