using System.Buffers;
using System.Text.Json;

namespace Kusama.Rpc;

/// <summary>Writes bytes as Substrate's JSON shows them (<c>"0x…"</c>, lower case) without an intermediate string.</summary>
public static class RpcJsonWriterExtensions
{
    // Larger values (metadata is ~1 MB) are encoded through a pooled buffer instead of the stack.
    private const int StackLimit = 512;

    public static void WriteHexValue(this Utf8JsonWriter writer, ReadOnlySpan<byte> bytes)
    {
        int length = 2 + bytes.Length * 2;
        byte[]? rented = null;
        Span<byte> utf8 = length <= StackLimit ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length));
        utf8 = utf8[..length];
        FormatHex(bytes, utf8);
        writer.WriteStringValue(utf8);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }

    public static void WriteHex(this Utf8JsonWriter writer, string propertyName, ReadOnlySpan<byte> bytes)
    {
        writer.WritePropertyName(propertyName);
        writer.WriteHexValue(bytes);
    }

    /// <summary>Writes <c>"0x…"</c>, or null when <paramref name="bytes"/> is null.</summary>
    public static void WriteHexOrNullValue(this Utf8JsonWriter writer, byte[]? bytes)
    {
        if (bytes is null) writer.WriteNullValue();
        else writer.WriteHexValue(bytes);
    }

    private static void FormatHex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        ReadOnlySpan<byte> digits = "0123456789abcdef"u8;
        destination[0] = (byte)'0';
        destination[1] = (byte)'x';
        int o = 2;
        foreach (byte b in bytes)
        {
            destination[o++] = digits[b >> 4];
            destination[o++] = digits[b & 0xF];
        }
    }
}
