namespace Kusama.Frame.Extrinsics;

/// <summary>frame-metadata-hash-extension <c>Mode</c>: whether the metadata hash is part of the signed data; values are the wire indices.</summary>
public enum MetadataHashMode : byte
{
    Disabled = 0,
    Enabled = 1,
}
