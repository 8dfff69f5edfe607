using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Primitives;

/// <summary>sp-version's <c>RuntimeVersion</c>: what <c>Core_version</c> returns and what Wasm runtimes embed in their <c>runtime_version</c> section.</summary>
/// <param name="Apis">Runtime APIs as (blake2_64 of the API name, version) pairs.</param>
/// <param name="SystemVersion">Called <c>state_version</c> before sp-version 0.37; 0 means trie layout V0, 1 or more V1.</param>
public sealed record RuntimeVersion(
    string SpecName,
    string ImplName,
    uint AuthoringVersion,
    uint SpecVersion,
    uint ImplVersion,
    IReadOnlyList<(byte[] Id, uint Version)> Apis,
    uint TransactionVersion,
    byte SystemVersion)
{
    /// <summary>Bound on names: 1 KiB is far above any real spec or impl name.</summary>
    private const int MaxNameLength = 1024;

    /// <summary>Bound on the API list: 1,024 APIs (Kusama declares about 20).</summary>
    private const int MaxApis = 1024;

    /// <summary>Decodes every version of the struct: fields added later (<c>transaction_version</c>, then <c>state_version</c>) default to 0 when absent, as sp-version does for old runtimes.</summary>
    public static RuntimeVersion Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new ScaleReader(bytes);
        string specName = reader.ReadString(MaxNameLength);
        string implName = reader.ReadString(MaxNameLength);
        uint authoring = reader.ReadUInt32();
        uint spec = reader.ReadUInt32();
        uint impl = reader.ReadUInt32();
        int count = reader.ReadCompactLength(MaxApis, "RuntimeVersion.apis", minItemSize: 12);
        var apis = new (byte[], uint)[count];
        for (int i = 0; i < count; i++) apis[i] = (reader.ReadBytes(8).ToArray(), reader.ReadUInt32());
        uint transaction = reader.Remaining >= 4 ? reader.ReadUInt32() : 0;
        byte system = reader.Remaining >= 1 ? reader.ReadByte() : (byte)0;
        return new RuntimeVersion(specName, implName, authoring, spec, impl, apis, transaction, system);
    }

    /// <summary>The current encoding, with every field.</summary>
    public byte[] Encode()
    {
        var writer = new PooledScaleWriter(256);
        try
        {
            ScaleWriter.WriteString(ref writer, SpecName);
            ScaleWriter.WriteString(ref writer, ImplName);
            ScaleWriter.WriteUInt32(ref writer, AuthoringVersion);
            ScaleWriter.WriteUInt32(ref writer, SpecVersion);
            ScaleWriter.WriteUInt32(ref writer, ImplVersion);
            ScaleWriter.WriteCompact(ref writer, (uint)Apis.Count);
            foreach (var (id, version) in Apis)
            {
                writer.Write(id);
                ScaleWriter.WriteUInt32(ref writer, version);
            }
            ScaleWriter.WriteUInt32(ref writer, TransactionVersion);
            writer.WriteByte(SystemVersion);
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }
}
