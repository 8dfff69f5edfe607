using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>A pallet's storage: the key prefix (the pallet's name in <c>construct_runtime!</c>) and its entries.</summary>
public sealed record PalletStorageMetadata(string Prefix, IReadOnlyList<StorageEntryMetadata> Entries) : IScaleCodec<PalletStorageMetadata>
{
    public static int MinEncodedSize => 2;

    public static PalletStorageMetadata Decode(ref ScaleReader reader)
    {
        string prefix = MetadataCodec.ReadName(ref reader);
        return new PalletStorageMetadata(
            prefix,
            MetadataCodec.ReadList<StorageEntryMetadata>(ref reader, MetadataLimits.MaxStorageEntries, "PalletStorageMetadata.entries"));
    }

    public static void Encode<TWriter>(in PalletStorageMetadata value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteString(ref writer, value.Prefix);
        MetadataCodec.WriteList(value.Entries, ref writer);
    }

    public static int GetEncodedSize(in PalletStorageMetadata value) =>
        ScaleWriter.StringSize(value.Prefix) + MetadataCodec.ListSize(value.Entries);
}
