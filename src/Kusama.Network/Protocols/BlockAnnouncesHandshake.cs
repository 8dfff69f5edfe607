using System.Buffers.Binary;
using Kusama.Core;

namespace Kusama.Network.Protocols;

/// <summary>The block-announces handshake: SCALE <c>(Roles u8, best_number u32, best_hash, genesis_hash)</c>, 69 bytes.</summary>
public sealed record BlockAnnouncesHandshake(Roles Roles, uint BestNumber, Hash256 BestHash, Hash256 GenesisHash)
{
    /// <summary>The encoded size.</summary>
    public const int EncodedSize = 1 + 4 + 2 * Hash256.Length;

    /// <summary>The SCALE encoding.</summary>
    public byte[] Encode()
    {
        var bytes = new byte[EncodedSize];
        bytes[0] = (byte)Roles;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(1), BestNumber);
        BestHash.CopyTo(bytes.AsSpan(5));
        GenesisHash.CopyTo(bytes.AsSpan(5 + Hash256.Length));
        return bytes;
    }

    /// <summary>Decodes a handshake; trailing bytes are ignored (a divergent variant appends an <c>is_synced</c> flag).</summary>
    public static BlockAnnouncesHandshake Decode(ReadOnlySpan<byte> handshake)
    {
        ProtocolLimits.Check(handshake.Length, ProtocolLimits.MaxHandshakeSize, "block announces handshake");
        if (handshake.Length < EncodedSize)
            throw new ProtocolDecodeException($"block announces handshake is {handshake.Length} bytes, needs {EncodedSize}");
        return new BlockAnnouncesHandshake(
            RolesCodec.FromByte(handshake[0]),
            BinaryPrimitives.ReadUInt32LittleEndian(handshake[1..]),
            new Hash256(handshake.Slice(5, Hash256.Length)),
            new Hash256(handshake.Slice(5 + Hash256.Length, Hash256.Length)));
    }
}
