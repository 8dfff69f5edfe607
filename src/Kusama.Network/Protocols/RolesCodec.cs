namespace Kusama.Network.Protocols;

/// <summary>The one-byte <see cref="Roles"/> handshake of the transactions and GRANDPA notification protocols.</summary>
public static class RolesCodec
{
    private const Roles Known = Roles.Full | Roles.Light | Roles.Authority;

    /// <summary>The handshake: the roles byte.</summary>
    public static byte[] Encode(Roles roles) => [(byte)roles];

    /// <summary>Reads the roles byte; like Substrate, unknown bits are an error and trailing bytes are ignored.</summary>
    public static Roles Decode(ReadOnlySpan<byte> handshake)
    {
        ProtocolLimits.Check(handshake.Length, ProtocolLimits.MaxHandshakeSize, "handshake");
        if (handshake.IsEmpty)
            throw new ProtocolDecodeException("roles handshake is empty");
        return FromByte(handshake[0]);
    }

    internal static Roles FromByte(byte value)
    {
        if ((value & ~(byte)Known) != 0)
            throw new ProtocolDecodeException($"roles byte 0x{value:x2} has unknown bits");
        return (Roles)value;
    }
}
