using System.Buffers.Binary;

namespace Kusama.Crypto.Hashing;

/// <summary>Ethereum's Keccak-256 (original Keccak padding 0x01, not SHA3-256's 0x06).</summary>
public static class Keccak
{
    /// <summary>Keccak-256's rate in bytes (1600 − 2·256 bits).</summary>
    private const int Rate = 136;

    /// <summary>Hashes <paramref name="data"/> into the first 32 bytes of <paramref name="output"/>.</summary>
    public static void Keccak256(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (output.Length < 32)
            throw new ArgumentException($"Keccak-256 writes 32 bytes, got room for {output.Length}", nameof(output));
        Span<ulong> state = stackalloc ulong[KeccakF1600.Lanes];
        state.Clear();
        while (data.Length >= Rate)
        {
            Absorb(state, data[..Rate]);
            KeccakF1600.Permute(state);
            data = data[Rate..];
        }
        Span<byte> last = stackalloc byte[Rate];
        last.Clear();
        data.CopyTo(last);
        last[data.Length] ^= 0x01;
        last[Rate - 1] ^= 0x80;
        Absorb(state, last);
        KeccakF1600.Permute(state);
        for (int i = 0; i < 4; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(output[(8 * i)..], state[i]);
    }

    private static void Absorb(Span<ulong> state, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < Rate / 8; i++)
            state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
    }
}
