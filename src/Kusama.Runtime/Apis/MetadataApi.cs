using Kusama.Scale;

namespace Kusama.Runtime.Apis;

/// <summary>sp-api <c>Metadata</c> (version 2): metadata, metadata_at_version, metadata_versions.</summary>
public static class MetadataApi
{
    /// <summary>Registers the Metadata methods.</summary>
    public static void Register(KusamaRuntimeApi api)
    {
        api.Register("Metadata_metadata", static (_, args) =>
        {
            new ScaleReader(args).EnsureEnd();
            return KusamaRuntime.MetadataApiMetadata();
        });
        api.Register("Metadata_metadata_at_version", static (_, args) =>
        {
            var reader = new ScaleReader(args);
            uint version = reader.ReadUInt32();
            reader.EnsureEnd();
            return KusamaRuntime.MetadataApiMetadataAtVersion(version);
        });
        api.Register("Metadata_metadata_versions", static (_, args) =>
        {
            new ScaleReader(args).EnsureEnd();
            return KusamaRuntime.MetadataApiMetadataVersions();
        });
    }
}
