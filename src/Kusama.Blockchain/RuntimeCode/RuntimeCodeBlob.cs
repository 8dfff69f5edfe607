using ZstdSharp;

namespace Kusama.Blockchain.RuntimeCode;

/// <summary>The <c>:code</c> blob: plain Wasm, or zstd-compressed behind Substrate's 8-byte prefix (<c>sp_maybe_compressed_blob</c>).</summary>
public static class RuntimeCodeBlob
{
    /// <summary>Substrate's bomb limit for decompressed code: 50 MiB (<c>CODE_BLOB_BOMB_LIMIT</c>).</summary>
    public const int BombLimit = 50 * 1024 * 1024;

    /// <summary>The prefix that marks a zstd-compressed blob.</summary>
    public static ReadOnlySpan<byte> ZstdPrefix => [0x52, 0xbc, 0x53, 0x76, 0x46, 0xdb, 0x8e, 0x05];

    /// <summary>The Wasm magic and version 1, <c>\0asm 01 00 00 00</c>.</summary>
    public static ReadOnlySpan<byte> WasmMagic => [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

    public static bool IsCompressed(ReadOnlySpan<byte> code) => code.StartsWith(ZstdPrefix);

    public static bool IsWasm(ReadOnlySpan<byte> code) => code.StartsWith(WasmMagic);

    /// <summary>The code with any compression removed; throws <see cref="InvalidDataException"/> on a corrupt stream or one past the bomb limit.</summary>
    public static byte[] Decompress(ReadOnlySpan<byte> code)
    {
        if (!IsCompressed(code)) return code.ToArray();
        ReadOnlySpan<byte> frame = code[ZstdPrefix.Length..];
        using var decompressor = new Decompressor();
        int written;
        byte[] output;
        try
        {
            // The frame's declared size sizes the buffer; a frame that lies overflows it and fails, so the cap holds either way.
            ulong declared = Decompressor.GetDecompressedSize(frame);
            output = new byte[declared is > 0 and <= BombLimit ? (int)declared : BombLimit + 1];
            written = decompressor.Unwrap(frame, output);
        }
        catch (ZstdException e)
        {
            throw new InvalidDataException($"the compressed runtime code is corrupt or larger than {BombLimit} bytes: {e.Message}", e);
        }
        if (written > BombLimit)
            throw new InvalidDataException($"the compressed runtime code expands past {BombLimit} bytes");
        return output.AsSpan(0, written).ToArray();
    }
}
