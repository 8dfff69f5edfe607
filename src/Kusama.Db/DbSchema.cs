using System.Buffers.Binary;

namespace Kusama.Db;

/// <summary>The on-disk layout version and the <see cref="DbColumn.Meta"/> key that records it.</summary>
public static class DbSchema
{
    /// <summary>The layout this build reads and writes; bump it whenever a column's meaning or key encoding changes.</summary>
    public const uint CurrentVersion = 1;

    /// <summary>The <see cref="DbColumn.Meta"/> key of the schema version (ASCII <c>SchemaVersion</c>); its value is a u32 little-endian.</summary>
    public static ReadOnlySpan<byte> VersionKey => "SchemaVersion"u8;

    /// <summary>Encodes <paramref name="version"/> as the value stored under <see cref="VersionKey"/>.</summary>
    public static byte[] EncodeVersion(uint version)
    {
        var value = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(value, version);
        return value;
    }

    /// <summary>Decodes a stored schema version; false when the value is not 4 bytes.</summary>
    public static bool TryDecodeVersion(ReadOnlySpan<byte> value, out uint version)
    {
        if (value.Length != 4)
        {
            version = 0;
            return false;
        }
        version = BinaryPrimitives.ReadUInt32LittleEndian(value);
        return true;
    }
}
