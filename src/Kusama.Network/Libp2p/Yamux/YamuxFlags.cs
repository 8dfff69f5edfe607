namespace Kusama.Network.Libp2p.Yamux;

/// <summary>The flag bits of a yamux frame header.</summary>
[Flags]
public enum YamuxFlags : ushort
{
    None = 0,
    Syn = 1,
    Ack = 2,
    Fin = 4,
    Rst = 8,
}
