using System.Text.Json;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Blockchain.Genesis;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Apis;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Interop.Host;

/// <summary>
/// The runtime operations: facts of the built-in dev chain (<c>--chain dev</c>), building its block 1 out of given extrinsics
/// with our executive, and <c>state_call</c> on its genesis state. Results are SCALE hex, for the JS side to decode with
/// @polkadot/types and our own metadata.
/// </summary>
public static class RuntimeOperations
{
    /// <summary>The dev chain's genesis, built as the node builds it: the built-in spec, raw storage through the GenesisBuilder, the genesis block.</summary>
    private static readonly Lazy<(GenesisState State, GenesisBlock Block)> DevGenesis = new(() =>
    {
        ChainSpec spec = BuiltInChainSpecs.ToRaw(BuiltInChainSpecs.Get("dev")!);
        RawGenesis raw = spec.RawGenesis;
        return (new GenesisState(raw.Top), GenesisBlock.Build(raw));
    });

    /// <summary>Request: nothing. Result: the dev chain's genesis hash, runtime version and metadata V15 (RuntimeMetadataPrefixed hex).</summary>
    public static void DevChainInfo(Utf8JsonWriter result)
    {
        GenesisBlock genesis = DevGenesis.Value.Block;
        RuntimeVersion version = KusamaRuntime.Version;
        result.WriteStartObject();
        result.WriteString("genesisHash", genesis.Hash.ToString());
        result.WriteString("genesisStateRoot", genesis.Header.StateRoot.ToString());
        result.WriteString("specName", version.SpecName);
        result.WriteNumber("specVersion", version.SpecVersion);
        result.WriteNumber("transactionVersion", version.TransactionVersion);
        result.WriteString("metadataHex", Hex.Encode(KusamaRuntime.Metadata(15)));
        result.WriteEndObject();
    }

    /// <summary>
    /// Request: <c>extrinsics</c> (hex each), <c>timestampMs</c>, optional <c>storageKeys</c> (hex). Builds block 1 on the dev
    /// genesis as a block author does: initialize (parent = the genesis hash), the timestamp inherent the runtime creates from
    /// the inherent data, each extrinsic in turn, finalize. Result: each extrinsic's <c>ApplyExtrinsicResult</c> (hex), the
    /// inherent's, the finalized header (hex) and the value (hex or null) of each storage key after the block.
    /// </summary>
    public static void ApplyBlock(JsonElement request, Utf8JsonWriter result)
    {
        (GenesisState genesisState, GenesisBlock genesis) = DevGenesis.Value;
        var overlay = new StorageOverlay(genesisState);
        var executive = new Runtime.Executive.Executive(new KusamaRuntime(new OverlayStorage(overlay)));
        executive.InitializeBlock(new Header(genesis.Hash, 1, default, default, []));

        var inherentData = new InherentData();
        inherentData.Put<ulong, U64Codec>(TimestampPallet.InherentIdentifier, request.GetProperty("timestampMs").GetUInt64());
        result.WriteStartObject();
        result.WriteStartArray("inherents");
        foreach (byte[] inherent in executive.InherentExtrinsics(inherentData))
            result.WriteStringValue(Hex.Encode(ScaleCodec.Encode(executive.ApplyExtrinsic(inherent))));
        result.WriteEndArray();

        result.WriteStartArray("results");
        foreach (JsonElement extrinsic in request.GetProperty("extrinsics").EnumerateArray())
            result.WriteStringValue(Hex.Encode(ScaleCodec.Encode(executive.ApplyExtrinsic(Hex.Decode(extrinsic.GetString()!)))));
        result.WriteEndArray();

        Header header = executive.FinalizeBlock();
        result.WriteString("header", Hex.Encode(ScaleCodec.Encode(header)));
        result.WriteStartArray("storage");
        if (request.TryGetProperty("storageKeys", out JsonElement keys))
        {
            foreach (JsonElement key in keys.EnumerateArray())
            {
                byte[]? value = overlay.Get(Hex.Decode(key.GetString()!));
                if (value is null) result.WriteNullValue();
                else result.WriteStringValue(Hex.Encode(value));
            }
        }
        result.WriteEndArray();
        result.WriteEndObject();
    }

    /// <summary>Request: <c>method</c> (<c>Trait_method</c>), <c>argsHex</c>. Result: the method's output (hex) on the dev genesis state.</summary>
    public static void StateCall(JsonElement request, Utf8JsonWriter result)
    {
        var api = new KusamaRuntimeApi(new OverlayStorage(new StorageOverlay(DevGenesis.Value.State)));
        string method = request.GetProperty("method").GetString() ?? throw new ArgumentException("missing string parameter 'method'");
        string args = request.GetProperty("argsHex").GetString() ?? throw new ArgumentException("missing string parameter 'argsHex'");
        result.WriteStringValue(Hex.Encode(api.Call(method, Hex.Decode(args))));
    }

    /// <summary>Read-only genesis storage over the raw spec's sorted top entries (the dev spec has no child tries).</summary>
    private sealed class GenesisState(IReadOnlyList<KeyValuePair<byte[], byte[]>> top) : IStateReader
    {
        public byte[]? Get(ReadOnlySpan<byte> key)
        {
            int index = Search(key);
            return index >= 0 ? top[index].Value : null;
        }

        public byte[]? NextKey(ReadOnlySpan<byte> key)
        {
            int index = Search(key);
            int next = index >= 0 ? index + 1 : ~index;
            return next < top.Count ? top[next].Key : null;
        }

        public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

        public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

        /// <summary>The index of <paramref name="key"/>, or the complement of where it would be inserted.</summary>
        private int Search(ReadOnlySpan<byte> key)
        {
            int lo = 0, hi = top.Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                int cmp = top[mid].Key.AsSpan().SequenceCompareTo(key);
                if (cmp == 0) return mid;
                if (cmp < 0) lo = mid + 1;
                else hi = mid - 1;
            }
            return ~lo;
        }
    }
}
