using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>
/// A pallet as V14 and V15 describe it. Calls, events and errors are each the id of one enum type (or absent); V15 adds
/// the pallet's docs, which V14 cannot carry, so they are empty when decoded from V14.
/// </summary>
public sealed record PalletMetadata(
    string Name,
    PalletStorageMetadata? Storage,
    uint? CallsType,
    uint? EventType,
    IReadOnlyList<PalletConstantMetadata> Constants,
    uint? ErrorType,
    byte Index,
    IReadOnlyList<string> Docs)
{
    /// <summary>Name, four empty options, an empty constant list, the index.</summary>
    internal const int MinEncodedSize = 7;

    internal static PalletMetadata Decode(ref ScaleReader reader, bool withDocs)
    {
        string name = MetadataCodec.ReadName(ref reader);
        PalletStorageMetadata? storage = MetadataCodec.ReadOptionTag(ref reader, "PalletMetadata.storage")
            ? PalletStorageMetadata.Decode(ref reader)
            : null;
        uint? calls = MetadataCodec.ReadOptionalTypeId(ref reader, "PalletMetadata.calls");
        uint? @event = MetadataCodec.ReadOptionalTypeId(ref reader, "PalletMetadata.event");
        var constants = MetadataCodec.ReadList<PalletConstantMetadata>(ref reader, MetadataLimits.MaxConstants, "PalletMetadata.constants");
        uint? error = MetadataCodec.ReadOptionalTypeId(ref reader, "PalletMetadata.error");
        byte index = reader.ReadByte();
        IReadOnlyList<string> docs = withDocs ? MetadataCodec.ReadDocs(ref reader) : [];
        return new PalletMetadata(name, storage, calls, @event, constants, error, index, docs);
    }

    internal static IReadOnlyList<PalletMetadata> DecodeList(ref ScaleReader reader, bool withDocs)
    {
        int length = reader.ReadCompactLength(MetadataLimits.MaxPallets, "pallets", MinEncodedSize);
        if (length == 0)
            return [];
        var pallets = new PalletMetadata[length];
        for (int i = 0; i < pallets.Length; i++)
            pallets[i] = Decode(ref reader, withDocs);
        return pallets;
    }

    internal static void EncodeList<TWriter>(IReadOnlyList<PalletMetadata> pallets, bool withDocs, ref TWriter writer)
        where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, (uint)pallets.Count);
        for (int i = 0; i < pallets.Count; i++)
            pallets[i].Encode(withDocs, ref writer);
    }

    internal static int ListSize(IReadOnlyList<PalletMetadata> pallets, bool withDocs)
    {
        int size = ScaleWriter.CompactSize((uint)pallets.Count);
        for (int i = 0; i < pallets.Count; i++)
            size += pallets[i].GetEncodedSize(withDocs);
        return size;
    }

    /// <exception cref="ArgumentException">Encoding for V14 a pallet that has docs (V14 would silently drop them).</exception>
    internal void Encode<TWriter>(bool withDocs, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        if (!withDocs && Docs.Count != 0)
            throw new ArgumentException($"pallet {Name} has docs, which metadata V14 cannot encode");
        ScaleWriter.WriteString(ref writer, Name);
        if (Storage is null)
        {
            writer.WriteByte(0);
        }
        else
        {
            writer.WriteByte(1);
            PalletStorageMetadata.Encode(Storage, ref writer);
        }
        MetadataCodec.WriteOptionalTypeId(CallsType, ref writer);
        MetadataCodec.WriteOptionalTypeId(EventType, ref writer);
        MetadataCodec.WriteList(Constants, ref writer);
        MetadataCodec.WriteOptionalTypeId(ErrorType, ref writer);
        writer.WriteByte(Index);
        if (withDocs)
            MetadataCodec.WriteStrings(Docs, ref writer);
    }

    internal int GetEncodedSize(bool withDocs) =>
        ScaleWriter.StringSize(Name)
        + (Storage is null ? 1 : 1 + PalletStorageMetadata.GetEncodedSize(Storage))
        + MetadataCodec.OptionalTypeIdSize(CallsType)
        + MetadataCodec.OptionalTypeIdSize(EventType)
        + MetadataCodec.ListSize(Constants)
        + MetadataCodec.OptionalTypeIdSize(ErrorType)
        + 1
        + (withDocs ? MetadataCodec.StringsSize(Docs) : 0);
}
