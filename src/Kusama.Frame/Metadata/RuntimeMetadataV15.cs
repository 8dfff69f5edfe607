using Kusama.Scale;

namespace Kusama.Frame.Metadata;

/// <summary>frame-metadata's <c>RuntimeMetadataV15</c>: V14's parts (pallets with docs, a richer extrinsic) plus runtime APIs, outer enums and custom values.</summary>
public sealed record RuntimeMetadataV15(
    PortableRegistry Types,
    IReadOnlyList<PalletMetadata> Pallets,
    ExtrinsicMetadataV15 Extrinsic,
    uint Type,
    IReadOnlyList<RuntimeApiMetadata> Apis,
    OuterEnums OuterEnums,
    CustomMetadata Custom) : RuntimeMetadata, IScaleCodec<RuntimeMetadataV15>
{
    /// <summary>The version byte of this layout.</summary>
    public const byte VersionNumber = 15;

    public override byte Version => VersionNumber;

    public override PortableRegistry Types { get; } = Types;

    public override IReadOnlyList<PalletMetadata> Pallets { get; } = Pallets;

    public override uint Type { get; } = Type;

    /// <summary>The runtime API with the given name, or null.</summary>
    public RuntimeApiMetadata? FindApi(string name)
    {
        for (int i = 0; i < Apis.Count; i++)
        {
            if (Apis[i].Name == name)
                return Apis[i];
        }
        return null;
    }

    public static RuntimeMetadataV15 Decode(ref ScaleReader reader)
    {
        var types = PortableRegistry.Decode(ref reader);
        var pallets = PalletMetadata.DecodeList(ref reader, withDocs: true);
        var extrinsic = ExtrinsicMetadataV15.Decode(ref reader);
        uint runtimeType = reader.ReadCompactU32();
        var apis = MetadataCodec.ReadList<RuntimeApiMetadata>(ref reader, MetadataLimits.MaxRuntimeApis, "RuntimeMetadataV15.apis");
        var outerEnums = OuterEnums.Decode(ref reader);
        return new RuntimeMetadataV15(types, pallets, extrinsic, runtimeType, apis, outerEnums, CustomMetadata.Decode(ref reader));
    }

    public static void Encode<TWriter>(in RuntimeMetadataV15 value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        PortableRegistry.Encode(value.Types, ref writer);
        PalletMetadata.EncodeList(value.Pallets, withDocs: true, ref writer);
        ExtrinsicMetadataV15.Encode(value.Extrinsic, ref writer);
        ScaleWriter.WriteCompact(ref writer, value.Type);
        MetadataCodec.WriteList(value.Apis, ref writer);
        OuterEnums.Encode(value.OuterEnums, ref writer);
        CustomMetadata.Encode(value.Custom, ref writer);
    }

    public static int GetEncodedSize(in RuntimeMetadataV15 value) =>
        PortableRegistry.GetEncodedSize(value.Types)
        + PalletMetadata.ListSize(value.Pallets, withDocs: true)
        + ExtrinsicMetadataV15.GetEncodedSize(value.Extrinsic)
        + ScaleWriter.CompactSize(value.Type)
        + MetadataCodec.ListSize(value.Apis)
        + OuterEnums.GetEncodedSize(value.OuterEnums)
        + CustomMetadata.GetEncodedSize(value.Custom);
}
