using BenchmarkDotNet.Attributes;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Benchmarks.Runtime;

/// <summary>
/// <c>apply_extrinsic</c> of a signed sr25519 <c>system.remark</c> (32 bytes) in block 1, split into the signature check
/// (decode + signed payload + sr25519 verify) and the whole apply; the rest of the executive is their difference. Each
/// apply runs in a storage transaction rolled back afterwards, so every iteration applies the same nonce on the same state.
/// </summary>
[MemoryDiagnoser]
public class ExecutiveBenchmarks
{
    private static readonly Hash256 Genesis = Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe");
    private byte[] _extrinsic = null!;
    private byte[] _implicit = null!;
    private AccountId32 _signer;
    private Kusama.Runtime.Executive.Executive _executive = null!;
    private IStorage _storage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var overlay = new StorageOverlay(EmptyState.Instance);
        _storage = new OverlayStorage(overlay);
        var runtime = new KusamaRuntime(_storage);
        KeyPair alice = KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice");
        _signer = alice.AccountId;
        runtime.System.BlockHash.Set(0, Genesis);
        runtime.System.LastRuntimeUpgrade.Set(new LastRuntimeUpgradeInfo(KusamaRuntime.Version.SpecVersion, KusamaRuntime.Version.SpecName));
        new BalancesGenesisConfig([(_signer, 1_000_000_000_000UL)]).Build(runtime.Balances, runtime.System);
        _executive = new Kusama.Runtime.Executive.Executive(runtime);
        _executive.InitializeBlock(new Header(Genesis, 1, default, default, []));

        byte[] call = ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.System(new SystemCall.Remark(new byte[32])));
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(Era.Immortal, 0, Balance.Zero, MetadataHashMode.Disabled));
        _implicit = ScaleCodec.Encode(new KusamaSignedExtraImplicit(KusamaRuntime.Version.SpecVersion, KusamaRuntime.Version.TransactionVersion, Genesis, Genesis, Option<Hash256>.None));
        byte[] signature = alice.Sign(SignedPayload.ToArray(call, extra, _implicit));
        _extrinsic = UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(_signer), MultiSignature.Sr25519(signature), extra, call);
        if (Apply() is { IsDispatchOk: false } failed) throw new InvalidOperationException($"the benchmark extrinsic does not apply: {failed}");
    }

    /// <summary>Decode, build the signed payload, verify the sr25519 signature.</summary>
    [Benchmark]
    public bool SignatureCheck()
    {
        var xt = UncheckedExtrinsic.Decode<KusamaSignedExtra>(_extrinsic);
        return xt.VerifySignature(_implicit, _signer);
    }

    /// <summary>The whole apply_extrinsic (signature included), then rolled back.</summary>
    [Benchmark]
    public ApplyExtrinsicResult ApplyExtrinsic() => Apply();

    private ApplyExtrinsicResult Apply()
    {
        _storage.StartTransaction();
        ApplyExtrinsicResult result = _executive.ApplyExtrinsic(_extrinsic);
        _storage.RollbackTransaction();
        return result;
    }
}
