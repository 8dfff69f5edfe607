using System.Security.Cryptography;

namespace Kusama.Crypto.Ecdsa;

/// <summary>RFC 6979 deterministic nonce stream over HMAC-SHA256, in libsecp256k1's <c>rfc6979_hmac_sha256</c> form (32-byte outputs).</summary>
/// <remarks>
/// libsecp256k1 seeds it with <c>secret32 ‖ message32</c> where the message is already reduced mod n, which is
/// RFC 6979's <c>int2octets(x) ‖ bits2octets(h1)</c> for a 256-bit order. Every output after the first is preceded
/// by the RFC's retry step (K = HMAC_K(V ‖ 0x00), V = HMAC_K(V)), so a rejected candidate moves the stream on
/// exactly as libsecp256k1's signing loop does.
/// </remarks>
internal ref struct Rfc6979HmacSha256
{
    private const int Size = 32;

    private readonly Span<byte> _k;
    private readonly Span<byte> _v;
    private bool _retry;

    /// <param name="state">64 bytes of caller-owned scratch that holds K and V; cleared by <see cref="Clear"/>.</param>
    /// <param name="secret">The 32-byte secret key (big-endian scalar).</param>
    /// <param name="message">The 32-byte message hash, reduced mod n.</param>
    public Rfc6979HmacSha256(Span<byte> state, ReadOnlySpan<byte> secret, ReadOnlySpan<byte> message)
    {
        _k = state[..Size];
        _v = state[Size..(2 * Size)];
        _retry = false;
        _v.Fill(0x01);
        _k.Clear();

        Span<byte> input = stackalloc byte[Size + 1 + Size + Size];
        Span<byte> mac = stackalloc byte[Size];
        secret.CopyTo(input[(Size + 1)..]);
        message.CopyTo(input[(2 * Size + 1)..]);
        for (byte round = 0; round < 2; round++)
        {
            _v.CopyTo(input);
            input[Size] = round;
            HMACSHA256.HashData(_k, input, mac);
            mac.CopyTo(_k);
            HMACSHA256.HashData(_k, _v, mac);
            mac.CopyTo(_v);
        }
        CryptographicOperations.ZeroMemory(input);
    }

    /// <summary>Writes the next 32-byte candidate nonce.</summary>
    public void Generate(Span<byte> output)
    {
        Span<byte> mac = stackalloc byte[Size];
        if (_retry)
        {
            Span<byte> input = stackalloc byte[Size + 1];
            _v.CopyTo(input);
            input[Size] = 0x00;
            HMACSHA256.HashData(_k, input, mac);
            mac.CopyTo(_k);
            HMACSHA256.HashData(_k, _v, mac);
            mac.CopyTo(_v);
        }
        HMACSHA256.HashData(_k, _v, mac);
        mac.CopyTo(_v);
        _v.CopyTo(output);
        _retry = true;
    }

    /// <summary>Wipes K and V.</summary>
    public readonly void Clear()
    {
        CryptographicOperations.ZeroMemory(_k);
        CryptographicOperations.ZeroMemory(_v);
    }
}
