using BenchmarkDotNet.Attributes;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Frame.Transactions;
using Kusama.Runtime;
using Kusama.Runtime.Genesis;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Benchmarks.Runtime;

/// <summary>
/// <c>apply_extrinsic</c> of a signed sr25519 <c>balances.transfer_keep_alive</c> (Alice → Bob, both endowed by the
/// <c>development</c> genesis preset) in block 1 after its timestamp inherent: extension pipeline, fee withdrawal,
/// refund and treasury/author split, the transfer and every event included; state root excluded. Each iteration applies
/// one of a few pre-signed amounts in a storage transaction rolled back afterwards, so the state never drifts.
/// The budget for <see cref="ApplyWithoutSignature"/> is 10 µs.
/// </summary>
[MemoryDiagnoser]
public class SignedTransferBenchmarks
{
    private const int Variants = 16;

    private readonly byte[][] _extrinsics = new byte[Variants][];
    private IStorage _storage = null!;
    private Kusama.Runtime.Executive.Executive _verifying = null!;
    private Kusama.Runtime.Executive.Executive _trusting = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _storage = new OverlayStorage(new StorageOverlay(EmptyState.Instance));
        GenesisBuilder.Build(_storage, GenesisBuilder.Preset(GenesisPresets.Development));
        var runtime = new KusamaRuntime(_storage) { BlockAuthor = KeyPair.FromSuri(KeyScheme.Sr25519, "//Ferdie").AccountId };
        Hash256 genesis = runtime.System.BlockHash.Get(0);
        _verifying = new Kusama.Runtime.Executive.Executive(runtime);
        _trusting = new Kusama.Runtime.Executive.Executive(runtime) { SkipSignatureVerification = true };

        _verifying.InitializeBlock(new Header(genesis, 1, default, default, []));
        byte[] inherent = UncheckedExtrinsic.EncodeBare(ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.Timestamp(new TimestampCall.Set(6_000UL))));
        if (!_verifying.ApplyExtrinsic(inherent).IsDispatchOk) throw new InvalidOperationException("the timestamp inherent does not apply");

        KeyPair alice = KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice");
        AccountId32 bob = KeyPair.FromSuri(KeyScheme.Sr25519, "//Bob").AccountId;
        RuntimeVersion version = runtime.Config.System.Version;
        byte[] extra = ScaleCodec.Encode(new KusamaSignedExtra(Era.Immortal, 0, Balance.Zero, MetadataHashMode.Disabled));
        byte[] implicitData = ScaleCodec.Encode(new KusamaSignedExtraImplicit(version.SpecVersion, version.TransactionVersion, genesis, genesis, Option<Hash256>.None));
        var random = new Random(7);
        for (int i = 0; i < Variants; i++)
        {
            Balance amount = (ulong)random.NextInt64(1, 100 * (long)(ulong)KusamaConstants.Units);
            byte[] call = ScaleCodec.Encode<RuntimeCall>(new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(bob), amount)));
            byte[] signature = alice.Sign(SignedPayload.ToArray(call, extra, implicitData));
            _extrinsics[i] = UncheckedExtrinsic.EncodeSigned(new MultiAddress.Id(alice.AccountId), MultiSignature.Sr25519(signature), extra, call);
        }
        for (int i = 0; i < 2 * Variants; i++)
            if (!Apply(_verifying).IsDispatchOk || !Apply(_trusting).IsDispatchOk) throw new InvalidOperationException("the benchmark transfer does not apply");
    }

    /// <summary>The whole apply_extrinsic except the sr25519 verification (still decoded, implicit data still built).</summary>
    [Benchmark]
    public ApplyExtrinsicResult ApplyWithoutSignature() => Apply(_trusting);

    /// <summary>The whole apply_extrinsic, signature verification included.</summary>
    [Benchmark]
    public ApplyExtrinsicResult ApplyWithSignature() => Apply(_verifying);

    private ApplyExtrinsicResult Apply(Kusama.Runtime.Executive.Executive executive)
    {
        byte[] extrinsic = _extrinsics[_next];
        _next = (_next + 1) % Variants;
        _storage.StartTransaction();
        ApplyExtrinsicResult result = executive.ApplyExtrinsic(extrinsic);
        _storage.RollbackTransaction();
        return result;
    }
}
