using Kusama.Core;
using Kusama.Scale;

namespace Kusama.Tests.Metadata;

/// <summary>Kusama's real metadata as shipped by the npm package @polkadot/types-support (installed by <c>npm ci</c> in tests/interop).</summary>
public static class KusamaMetadata
{
    private static readonly Lazy<byte[]> V14Bytes = new(() => Load("v14"));
    private static readonly Lazy<byte[]> V15Bytes = new(() => Load("v15"));

    /// <summary>Kusama's metadata V14 (<c>state_getMetadata</c> output).</summary>
    public static byte[] V14 => V14Bytes.Value;

    /// <summary>Kusama's metadata V15, unwrapped from the <c>Metadata_metadata_at_version(15)</c> result.</summary>
    public static byte[] V15 => V15Bytes.Value;

    private static byte[] Load(string version)
    {
        string path = Path.Combine(RepoRoot(), "tests", "interop", "node_modules", "@polkadot", "types-support", "metadata", version, "kusama-hex.js");
        if (!File.Exists(path))
            throw new FileNotFoundException($"Kusama metadata {version} not found at {path}: run `cd tests/interop && npm ci` first.", path);
        string text = File.ReadAllText(path);
        // The module is `export default '0x…';`.
        int start = text.IndexOf("'0x", StringComparison.Ordinal);
        int end = start < 0 ? -1 : text.IndexOf('\'', start + 1);
        if (start < 0 || end < 0)
            throw new InvalidDataException($"{path} does not hold a quoted 0x hex string");
        byte[] bytes = Hex.Decode(text.Substring(start + 1, end - start - 1));
        return StartsWithMagic(bytes) ? bytes : UnwrapMetadataAtVersion(bytes, path);
    }

    private static bool StartsWithMagic(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 0x6d && bytes[1] == 0x65 && bytes[2] == 0x74 && bytes[3] == 0x61;

    // Metadata_metadata_at_version returns Option<OpaqueMetadata>: 01 ++ compact(len) ++ the metadata.
    private static byte[] UnwrapMetadataAtVersion(byte[] bytes, string path)
    {
        var reader = new ScaleReader(bytes);
        if (reader.ReadByte() != 1)
            throw new InvalidDataException($"{path} is neither metadata nor Some(OpaqueMetadata)");
        byte[] inner = reader.ReadLengthPrefixedBytes(int.MaxValue).ToArray();
        reader.EnsureEnd();
        return inner;
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kusama.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException($"no Kusama.slnx above {AppContext.BaseDirectory}");
    }
}
