using System.Text;
using System.Text.Json.Nodes;
using Kusama.Runtime.Genesis;
using Kusama.Scale;

namespace Kusama.Runtime.Apis;

/// <summary>sp-genesis-builder <c>GenesisBuilder</c> (version 1): build_state, get_preset, preset_names.</summary>
public static class GenesisBuilderApi
{
    /// <summary>Bound on a JSON patch or preset name argument: 16 MiB, far above any real genesis config.</summary>
    private const int MaxJsonLength = 16 * 1024 * 1024;

    /// <summary>Registers the GenesisBuilder methods.</summary>
    public static void Register(KusamaRuntimeApi api)
    {
        // build_state(json: Vec<u8>) -> Result<(), String>: writes the genesis storage into this call's state.
        api.Register("GenesisBuilder_build_state", static (executive, args) =>
        {
            var reader = new ScaleReader(args);
            ReadOnlySpan<byte> json = reader.ReadLengthPrefixedBytes(MaxJsonLength);
            reader.EnsureEnd();
            try
            {
                GenesisBuilder.Build(executive.Runtime.Storage, GenesisBuilder.ConfigFromPatch(GenesisBuilder.ParsePatch(json)), executive.Runtime.Config);
                return [0];
            }
            catch (GenesisConfigException e)
            {
                var writer = new PooledScaleWriter();
                ScaleWriter.WriteByte(ref writer, 1);
                ScaleWriter.WriteString(ref writer, e.Message);
                byte[] result = writer.WrittenSpan.ToArray();
                writer.Dispose();
                return result;
            }
        });
        // get_preset(id: Option<PresetId>) -> Option<Vec<u8>>: None asks for the default config.
        api.Register("GenesisBuilder_get_preset", static (_, args) =>
        {
            var reader = new ScaleReader(args);
            string? id = reader.ReadByte() switch
            {
                0 => null,
                1 => Encoding.UTF8.GetString(reader.ReadLengthPrefixedBytes(MaxJsonLength)),
                var tag => throw new ScaleDecodeException($"invalid Option tag {tag}", 0),
            };
            reader.EnsureEnd();
            JsonObject? preset = id is null ? RuntimeGenesisConfig.DefaultJson() : GenesisPresets.Get(id);
            if (preset is null) return [0];
            byte[] json = Encoding.UTF8.GetBytes(preset.ToJsonString());
            byte[] output = new byte[1 + ScaleWriter.CompactSize((uint)json.Length) + json.Length];
            var writer = new SpanScaleWriter(output);
            ScaleWriter.WriteByte(ref writer, 1);
            ScaleWriter.WriteLengthPrefixedBytes(ref writer, json);
            return output;
        });
        // preset_names() -> Vec<PresetId> (PresetId encodes as a string).
        api.Register("GenesisBuilder_preset_names", static (_, args) =>
        {
            new ScaleReader(args).EnsureEnd();
            int size = ScaleWriter.CompactSize((uint)GenesisPresets.Names.Count);
            foreach (string name in GenesisPresets.Names) size += ScaleWriter.StringSize(name);
            byte[] output = new byte[size];
            var writer = new SpanScaleWriter(output);
            ScaleWriter.WriteCompact(ref writer, (uint)GenesisPresets.Names.Count);
            foreach (string name in GenesisPresets.Names) ScaleWriter.WriteString(ref writer, name);
            return output;
        });
    }
}
