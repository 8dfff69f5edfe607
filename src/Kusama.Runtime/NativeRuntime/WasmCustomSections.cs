using System.Text;

namespace Kusama.Runtime.NativeRuntime;

/// <summary>
/// Reads and writes the custom sections (id 0) of a Wasm module, such as the <c>runtime_version</c> and
/// <c>runtime_apis</c> sections Substrate runtimes embed. Malformed modules are reported as false, never thrown, so a
/// hostile <c>:code</c> cannot break the reader.
/// </summary>
public static class WasmCustomSections
{
    /// <summary><c>\0asm</c> then version 1 (little-endian u32).</summary>
    public static ReadOnlySpan<byte> Header => [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

    /// <summary>True when <paramref name="module"/> starts with the Wasm magic and version 1.</summary>
    public static bool IsWasm(ReadOnlySpan<byte> module) => module.StartsWith(Header);

    /// <summary>The payload of the first custom section called <paramref name="name"/>; false when absent or the module is malformed.</summary>
    public static bool TryFind(ReadOnlySpan<byte> module, string name, out ReadOnlySpan<byte> payload)
    {
        payload = default;
        return Walk(module, name, ref payload) == WalkResult.Found;
    }

    /// <summary>True when the module has the Wasm header and every section's length (and every custom section's name) fits.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> module)
    {
        ReadOnlySpan<byte> ignored = default;
        return Walk(module, null, ref ignored) != WalkResult.Malformed;
    }

    private enum WalkResult
    {
        Found,
        NotFound,
        Malformed,
    }

    // Walks the sections; with a name, stops at the first custom section of that name.
    private static WalkResult Walk(ReadOnlySpan<byte> module, string? name, ref ReadOnlySpan<byte> payload)
    {
        if (!IsWasm(module)) return WalkResult.Malformed;
        int offset = Header.Length;
        while (offset < module.Length)
        {
            byte id = module[offset++];
            if (!TryReadVarUInt32(module, ref offset, out uint size) || size > (uint)(module.Length - offset)) return WalkResult.Malformed;
            ReadOnlySpan<byte> section = module.Slice(offset, (int)size);
            offset += (int)size;
            if (id != 0) continue;
            int inner = 0;
            if (!TryReadVarUInt32(section, ref inner, out uint nameLength) || nameLength > (uint)(section.Length - inner)) return WalkResult.Malformed;
            if (name is not null && Encoding.UTF8.GetString(section.Slice(inner, (int)nameLength)) == name)
            {
                payload = section[(inner + (int)nameLength)..];
                return WalkResult.Found;
            }
        }
        return WalkResult.NotFound;
    }

    /// <summary>A module made of the header and the given custom sections, in order.</summary>
    public static byte[] Build(params (string Name, byte[] Payload)[] sections)
    {
        var module = new List<byte>(Header.ToArray());
        foreach ((string name, byte[] payload) in sections)
        {
            byte[] nameBytes = Encoding.UTF8.GetBytes(name);
            var body = new List<byte>();
            WriteVarUInt32(body, (uint)nameBytes.Length);
            body.AddRange(nameBytes);
            body.AddRange(payload);
            module.Add(0);
            WriteVarUInt32(module, (uint)body.Count);
            module.AddRange(body);
        }
        return [.. module];
    }

    /// <summary>Unsigned LEB128, at most 5 bytes for a u32.</summary>
    private static bool TryReadVarUInt32(ReadOnlySpan<byte> bytes, ref int offset, out uint value)
    {
        value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (offset >= bytes.Length) return false;
            byte b = bytes[offset++];
            value |= (uint)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return shift < 28 || b <= 0x0f;
        }
        return false;
    }

    private static void WriteVarUInt32(List<byte> output, uint value)
    {
        do
        {
            byte b = (byte)(value & 0x7f);
            value >>= 7;
            output.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }
}
