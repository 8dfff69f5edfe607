using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Kusama.Crypto.Hashing;

/// <summary>Incremental BLAKE2b (RFC 7693) with an output of 1..64 bytes and an optional key of up to 64 bytes.</summary>
/// <remarks>A mutable struct: keep it in a local and pass it by <c>ref</c>.</remarks>
public struct Blake2bHasher
{
    /// <summary>BLAKE2b's block size in bytes.</summary>
    public const int BlockSize = 128;

    /// <summary>Largest output and key size in bytes.</summary>
    public const int MaxOutputLength = 64;

    private State _h;
    private Block _buffer;
    private ulong _counter;
    private int _buffered;
    private readonly int _outputLength;

    public Blake2bHasher(int outputLength, ReadOnlySpan<byte> key = default)
    {
        if ((uint)(outputLength - 1) >= MaxOutputLength)
            throw new ArgumentOutOfRangeException(nameof(outputLength), outputLength, "BLAKE2b output length must be 1..64 bytes");
        if (key.Length > MaxOutputLength)
            throw new ArgumentOutOfRangeException(nameof(key), key.Length, "BLAKE2b key length must be 0..64 bytes");

        _outputLength = outputLength;
        _h[0] = 0x6a09e667f3bcc908UL ^ 0x01010000UL ^ ((uint)key.Length << 8) ^ (uint)outputLength;
        _h[1] = 0xbb67ae8584caa73bUL;
        _h[2] = 0x3c6ef372fe94f82bUL;
        _h[3] = 0xa54ff53a5f1d36f1UL;
        _h[4] = 0x510e527fade682d1UL;
        _h[5] = 0x9b05688c2b3e6c1fUL;
        _h[6] = 0x1f83d9abfb41bd6bUL;
        _h[7] = 0x5be0cd19137e2179UL;
        if (!key.IsEmpty)
        {
            // A key is processed as a whole zero-padded first block.
            key.CopyTo(_buffer);
            _buffered = BlockSize;
        }
    }

    /// <summary>Output length in bytes this hasher was created for.</summary>
    public readonly int OutputLength => _outputLength;

    /// <summary>Absorbs more input.</summary>
    public void Update(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        Span<byte> buffer = _buffer;
        // The last block must stay buffered until Finish, because it is compressed with the final flag.
        int free = BlockSize - _buffered;
        if (data.Length > free)
        {
            data[..free].CopyTo(buffer[_buffered..]);
            data = data[free..];
            _counter += BlockSize;
            Blake2bCompression.Compress(_h, buffer, _counter, last: false);
            _buffered = 0;
            while (data.Length > BlockSize)
            {
                _counter += BlockSize;
                Blake2bCompression.Compress(_h, data[..BlockSize], _counter, last: false);
                data = data[BlockSize..];
            }
        }
        data.CopyTo(buffer[_buffered..]);
        _buffered += data.Length;
    }

    /// <summary>Writes the digest (exactly <see cref="OutputLength"/> bytes) into <paramref name="output"/>.</summary>
    public void Finish(Span<byte> output)
    {
        if (_outputLength == 0)
            throw new InvalidOperationException("this Blake2bHasher was default-initialised; create it with an output length");
        if (output.Length < _outputLength)
            throw new ArgumentException($"output needs {_outputLength} bytes, got {output.Length}", nameof(output));
        Span<byte> buffer = _buffer;
        buffer[_buffered..].Clear();
        _counter += (ulong)_buffered;
        Blake2bCompression.Compress(_h, buffer, _counter, last: true);

        Span<byte> full = stackalloc byte[MaxOutputLength];
        for (int i = 0; i < 8; i++)
            BinaryPrimitives.WriteUInt64LittleEndian(full[(8 * i)..], _h[i]);
        full[.._outputLength].CopyTo(output);
    }

    [InlineArray(8)]
    private struct State
    {
        private ulong _element;
    }

    [InlineArray(BlockSize)]
    private struct Block
    {
        private byte _element;
    }
}
