using Kusama.Scale;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>LastRuntimeUpgradeInfo</c>: the spec version (compact) and name that last ran, to detect an upgrade.</summary>
public sealed record LastRuntimeUpgradeInfo(uint SpecVersion, string SpecName) : IScaleCodec<LastRuntimeUpgradeInfo>
{
    /// <summary>Bound on the spec name: 1 KiB, far above any real name.</summary>
    private const int MaxSpecNameLength = 1_024;

    public static LastRuntimeUpgradeInfo Decode(ref ScaleReader reader)
    {
        uint specVersion = reader.ReadCompactU32();
        return new LastRuntimeUpgradeInfo(specVersion, reader.ReadString(MaxSpecNameLength));
    }

    public static void Encode<TWriter>(in LastRuntimeUpgradeInfo value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteCompact(ref writer, value.SpecVersion);
        ScaleWriter.WriteString(ref writer, value.SpecName);
    }

    public static int GetEncodedSize(in LastRuntimeUpgradeInfo value) => ScaleWriter.CompactSize(value.SpecVersion) + ScaleWriter.StringSize(value.SpecName);

    public static int MinEncodedSize => 2;
}
