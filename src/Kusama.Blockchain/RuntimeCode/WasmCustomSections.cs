using System.Text;

namespace Kusama.Blockchain.RuntimeCode;

/// <summary>Finds custom sections (id 0) in a Wasm module, such as the <c>runtime_version</c> section Substrate runtimes embed.</summary>
public static class WasmCustomSections
{
    /// <summary>The payload of the first custom section called <paramref name="name"/>, or false; throws <see cref="InvalidDataException"/> on a malformed module.</summary>
    public static bool TryFind(ReadOnlySpan<byte> module, string name, out ReadOnlySpan<byte> payload)
    {
        payload = default;
        if (!RuntimeCodeBlob.IsWasm(module)) throw new InvalidDataException("not a Wasm module (no \\0asm version 1 header)");
        int offset = RuntimeCodeBlob.WasmMagic.Length;
        while (offset < module.Length)
        {
            byte id = module[offset++];
            uint size = ReadVarUInt32(module, ref offset);
            if (size > (uint)(module.Length - offset))
                throw new InvalidDataException($"Wasm section {id} at byte {offset} claims {size} bytes but only {module.Length - offset} remain");
            ReadOnlySpan<byte> section = module.Slice(offset, (int)size);
            offset += (int)size;
            if (id != 0) continue;
            int inner = 0;
            uint nameLength = ReadVarUInt32(section, ref inner);
            if (nameLength > (uint)(section.Length - inner))
                throw new InvalidDataException("Wasm custom section name runs past its section");
            if (Encoding.UTF8.GetString(section.Slice(inner, (int)nameLength)) == name)
            {
                payload = section[(inner + (int)nameLength)..];
                return true;
            }
        }
        return false;
    }

    /// <summary>Unsigned LEB128, at most 5 bytes for a u32.</summary>
    private static uint ReadVarUInt32(ReadOnlySpan<byte> bytes, ref int offset)
    {
        uint result = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (offset >= bytes.Length) throw new InvalidDataException("Wasm module ends inside a LEB128 number");
            byte b = bytes[offset++];
            result |= (uint)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                if (shift == 28 && b > 0x0f) throw new InvalidDataException("LEB128 number overflows u32");
                return result;
            }
        }
        throw new InvalidDataException("LEB128 number longer than 5 bytes");
    }
}
