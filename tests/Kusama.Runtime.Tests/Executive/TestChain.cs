using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Runtime.NativeRuntime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Tests.Support;
using Kusama.Scale;
using Kusama.State;
using Exec = Kusama.Runtime.Executive.Executive;

namespace Kusama.Runtime.Tests.Executive;

/// <summary>A genesis state (block 0: genesis hash, :code descriptor, funded dev accounts) and helpers to sign Kusama extrinsics against it.</summary>
public sealed class TestChain
{
    /// <summary>Kusama's genesis hash (client-interop §3.3), used as this test chain's BlockHash[0].</summary>
    public static readonly Hash256 GenesisHash = Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe");

    private readonly MemoryState _genesis = new();

    public TestChain(RuntimeConfig? config = null, params KeyPair[] funded)
    {
        Config = config ?? RuntimeConfig.Kusama;
        var overlay = new StorageOverlay(_genesis);
        var runtime = new KusamaRuntime(new OverlayStorage(overlay), Config);
        runtime.System.BlockHash.Set(0, GenesisHash);
        runtime.Storage.Set(SystemPallet.CodeKey, NativeRuntimeDescriptor.Build(Config.System.Version));
        runtime.System.LastRuntimeUpgrade.Set(new LastRuntimeUpgradeInfo(Config.System.Version.SpecVersion, Config.System.Version.SpecName));
        var balances = new List<(AccountId32, Balance)>();
        foreach (KeyPair key in funded.Length == 0 ? [Alice(KeyScheme.Sr25519)] : funded)
            balances.Add((key.AccountId, 1_000_000_000_000UL));
        new BalancesGenesisConfig([.. balances]).Build(runtime.Balances, runtime.System);
        foreach (KeyValuePair<byte[], byte[]?> change in overlay.Drain().Top) _genesis.Set(change.Key, change.Value!);
    }

    public RuntimeConfig Config { get; }

    public static KeyPair Alice(KeyScheme scheme) => KeyPair.FromSuri(scheme, "//Alice");

    public static KeyPair Bob(KeyScheme scheme) => KeyPair.FromSuri(scheme, "//Bob");

    /// <summary>A fresh executive over the genesis state (each call starts from genesis again).</summary>
    public Exec Open(out StorageOverlay overlay)
    {
        overlay = new StorageOverlay(_genesis);
        return new Exec(new KusamaRuntime(new OverlayStorage(overlay), Config));
    }

    public Exec Open() => Open(out _);

    /// <summary>The header of block 1 on genesis, with a BABE pre-runtime digest.</summary>
    public static Header Block1Header() =>
        new(GenesisHash, 1, default, default, [new DigestItem.PreRuntime("BABE"u8.ToArray(), [1, 2, 3, 4])]);

    /// <summary>A signed v4 extrinsic: signs call ++ explicit ++ implicit as a wallet does.</summary>
    public byte[] Sign(KeyPair key, RuntimeCall call, uint nonce, Era era = default, Hash256? birthHash = null,
        MetadataHashMode mode = MetadataHashMode.Disabled, uint? specVersion = null, Hash256? genesisHash = null)
    {
        RuntimeVersion version = Config.System.Version;
        byte[] callBytes = ScaleCodec.Encode(call);
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(era, nonce, Balance.Zero, mode));
        var implicitData = new KusamaSignedExtraImplicit(
            specVersion ?? version.SpecVersion, version.TransactionVersion, genesisHash ?? GenesisHash,
            birthHash ?? genesisHash ?? GenesisHash, Option<Hash256>.None);
        byte[] payload = SignedPayload.ToArray(callBytes, extra, ScaleCodec.Encode(implicitData));
        byte[] signature = key.Sign(payload);
        MultiSignature multi = key.Scheme switch
        {
            KeyScheme.Ed25519 => MultiSignature.Ed25519(signature),
            KeyScheme.Sr25519 => MultiSignature.Sr25519(signature),
            _ => MultiSignature.Ecdsa(signature),
        };
        return UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(key.AccountId), multi, extra, callBytes);
    }

    /// <summary>Initializes <paramref name="header"/>'s block and applies its timestamp inherent (number × 6 s); returns the inherent's bytes.</summary>
    public static byte[] Start(Exec executive, Header header)
    {
        executive.InitializeBlock(header);
        byte[] inherent = UncheckedExtrinsic.EncodeBare(ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.Timestamp(new Kusama.Runtime.Pallets.Timestamp.TimestampCall.Set(header.Number * 6_000UL))));
        var result = executive.ApplyExtrinsic(inherent);
        if (!result.IsValid || !result.IsDispatchOk) throw new InvalidOperationException($"timestamp inherent failed: {result}");
        return inherent;
    }

    public static RuntimeCall Remark(byte[] remark) => new RuntimeCall.System(new SystemCall.Remark(remark));
}
