using System.Buffers.Binary;
using Kusama.Frame.Primitives;

namespace Kusama.Runtime.NativeRuntime;

/// <summary>
/// What <c>:code</c> holds for a native runtime: a well-formed (code-less) Wasm module with the custom sections a
/// Substrate runtime embeds — <c>runtime_version</c> (SCALE <see cref="RuntimeVersion"/> with an empty API list, as
/// sp-version emits it) and <c>runtime_apis</c> (12-byte id ++ version entries) — plus <c>kusama_net_native</c> naming
/// the native implementation. Tools that hash <c>:code</c> or read its version keep working.
/// </summary>
public static class NativeRuntimeDescriptor
{
    public const string RuntimeVersionSection = "runtime_version";

    public const string RuntimeApisSection = "runtime_apis";

    /// <summary>The marker section: its presence says "run the native runtime this version names".</summary>
    public const string NativeMarkerSection = "kusama_net_native";

    /// <summary>The descriptor of <paramref name="version"/>.</summary>
    public static byte[] Build(RuntimeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        byte[] apis = new byte[12 * version.Apis.Count];
        for (int i = 0; i < version.Apis.Count; i++)
        {
            version.Apis[i].Id.CopyTo(apis, 12 * i);
            BinaryPrimitives.WriteUInt32LittleEndian(apis.AsSpan(12 * i + 8), version.Apis[i].Version);
        }
        byte[] versionSection = (version with { Apis = [] }).Encode();
        byte[] marker = global::System.Text.Encoding.UTF8.GetBytes($"Kusama.NET native runtime {version.SpecName} {version.SpecVersion}");
        return WasmCustomSections.Build((RuntimeVersionSection, versionSection), (RuntimeApisSection, apis), (NativeMarkerSection, marker));
    }

    /// <summary>
    /// The version <paramref name="code"/> declares (sc-executor <c>read_embedded_version</c>: the version section with the
    /// API list from <c>runtime_apis</c>), when it is a native descriptor; false for anything else or malformed bytes.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> code, out RuntimeVersion version)
    {
        version = null!;
        if (!WasmCustomSections.TryFind(code, NativeMarkerSection, out _)) return false;
        if (!WasmCustomSections.TryFind(code, RuntimeVersionSection, out ReadOnlySpan<byte> versionBytes)) return false;
        if (!WasmCustomSections.TryFind(code, RuntimeApisSection, out ReadOnlySpan<byte> apiBytes) || apiBytes.Length % 12 != 0) return false;
        try
        {
            RuntimeVersion declared = RuntimeVersion.Decode(versionBytes);
            var apis = new (byte[], uint)[apiBytes.Length / 12];
            for (int i = 0; i < apis.Length; i++)
                apis[i] = (apiBytes.Slice(12 * i, 8).ToArray(), BinaryPrimitives.ReadUInt32LittleEndian(apiBytes.Slice(12 * i + 8)));
            version = declared with { Apis = apis };
            return true;
        }
        catch (Kusama.Scale.ScaleDecodeException)
        {
            return false;
        }
    }
}
