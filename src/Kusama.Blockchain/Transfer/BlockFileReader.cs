using System.Buffers.Binary;
using System.Text.Json;
using Kusama.Scale;

namespace Kusama.Blockchain.Transfer;

/// <summary>
/// Reads the signed blocks of an <c>export-blocks</c> file one at a time from a stream (sc-service's <c>BlockIter</c>):
/// binary files announce their block count first; JSON files are read until the stream ends. Only one block (at most
/// <see cref="MaxBlockBytes"/>) is buffered at a time, so files of any length stream through.
/// </summary>
public sealed class BlockFileReader
{
    /// <summary>The largest encoded block accepted (Kusama's blocks are at most 5 MiB; JSON doubles that as hex).</summary>
    public const int MaxBlockBytes = 32 * 1024 * 1024;

    private const int ChunkBytes = 256 * 1024;
    private static readonly JsonReaderOptions JsonOptions = new() { AllowMultipleValues = true, MaxDepth = 16 };

    private readonly Stream _input;
    private byte[] _buffer = new byte[ChunkBytes];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Starts reading <paramref name="input"/>; a binary file's block count is read at once.</summary>
    /// <exception cref="BlockFileException">A binary file is too short to hold its block count.</exception>
    public BlockFileReader(Stream input, BlockFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        _input = input;
        Format = format;
        if (format == BlockFileFormat.Binary)
        {
            while (_end - _start < sizeof(ulong) && !_eof) Fill();
            if (_end - _start < sizeof(ulong))
                throw new BlockFileException("Failed to decode the number of blocks: the file is shorter than its 8-byte block count.");
            ExpectedBlocks = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.AsSpan(_start, sizeof(ulong)));
            _start += sizeof(ulong);
        }
    }

    /// <summary>The file's format.</summary>
    public BlockFileFormat Format { get; }

    /// <summary>How many blocks a binary file says it holds; null for JSON.</summary>
    public ulong? ExpectedBlocks { get; }

    /// <summary>How many blocks were read so far.</summary>
    public ulong ReadCount { get; private set; }

    /// <summary>Reads the next block; false at the end of the file.</summary>
    /// <exception cref="BlockFileException">The next block is truncated or malformed ("Error reading block #N: …", N counting from 1).</exception>
    public bool TryRead(out SignedBlock block)
    {
        block = null!;
        if (ExpectedBlocks is { } expected && ReadCount >= expected) return false;
        try
        {
            SignedBlock? next = Format == BlockFileFormat.Binary ? ReadBinary() : ReadJson();
            if (next is null) return false;
            block = next;
            ReadCount++;
            return true;
        }
        catch (Exception exception) when (exception is FormatException or ScaleDecodeException or JsonException or IOException)
        {
            throw new BlockFileException($"Error reading block #{ReadCount + 1}: {exception.Message}", exception);
        }
    }

    private SignedBlock ReadBinary()
    {
        while (true)
        {
            try
            {
                var reader = new ScaleReader(_buffer.AsSpan(_start, _end - _start));
                SignedBlock block = SignedBlock.Decode(ref reader);
                _start += reader.Position;
                return block;
            }
            catch (ScaleDecodeException) when (!_eof && _end - _start < MaxBlockBytes)
            {
                // Most likely the block continues past what is buffered: read more and decode it again.
                Fill();
            }
            catch (ScaleDecodeException exception) when (_eof && _start == _end)
            {
                throw new FormatException($"the file ends before the block (it announced {ExpectedBlocks} blocks)", exception);
            }
        }
    }

    private SignedBlock? ReadJson()
    {
        while (true)
        {
            ReadOnlySpan<byte> pending = _buffer.AsSpan(_start, _end - _start);
            var reader = new Utf8JsonReader(pending, _eof, new JsonReaderState(JsonOptions));
            bool complete = reader.Read();
            if (complete)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new FormatException($"expected a signed block object, got {reader.TokenType}");
                complete = reader.TrySkip();
            }
            if (complete)
            {
                int consumed = (int)reader.BytesConsumed;
                SignedBlock block = SignedBlockJson.Parse(_buffer.AsMemory(_start, consumed));
                _start += consumed;
                return block;
            }
            if (_eof)
            {
                if (reader.TokenType == JsonTokenType.None) return null;
                throw new FormatException("the file ends in the middle of a block");
            }
            if (_end - _start >= MaxBlockBytes) throw new FormatException($"a block takes more than {MaxBlockBytes} bytes");
            Fill();
        }
    }

    /// <summary>Appends the next chunk of the stream to the buffer, moving what is pending to the front and growing it when full.</summary>
    private void Fill()
    {
        int pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxBlockBytes + ChunkBytes));
        int read = _input.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }
}
