using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Runtime.Apis;
using Kusama.Runtime.NativeRuntime;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Benchmarking;

/// <summary>frame_system's benchmarks (frame/system/benchmarking), on Kusama's configuration.</summary>
public static class SystemBenchmarks
{
    // FRAME sweeps remarks up to the Normal class's block length (75 % of 5 MiB on Kusama).
    private static readonly uint MaxRemark = SystemConfig.Kusama.BlockLength.Max.Normal;

    /// <summary>The pallet's benchmarks in FRAME's order.</summary>
    public static PalletBenchmarks Pallet { get; } = new("System", "frame_system", "SystemWeights", "Kusama.Runtime.Pallets.System",
    [
        new Benchmark("remark", new BenchmarkComponent("b", 0, MaxRemark, "The remark's length in bytes."), Remark),
        new Benchmark("remark_with_event", new BenchmarkComponent("b", 0, MaxRemark, "The remark's length in bytes."), RemarkWithEvent),
        new Benchmark("set_heap_pages", null, SetHeapPages),
        new Benchmark("set_code", null, SetCode),
        new Benchmark("set_storage", new BenchmarkComponent("i", 0, 1000, "The number of items."), SetStorage),
        new Benchmark("kill_storage", new BenchmarkComponent("i", 0, 1000, "The number of keys."), KillStorage),
        new Benchmark("kill_prefix", new BenchmarkComponent("p", 0, 1000, "The number of subkeys plus one."), KillPrefix, 76, 70),
        new Benchmark("authorize_upgrade", null, AuthorizeUpgrade),
        new Benchmark("apply_authorized_upgrade", null, ApplyAuthorizedUpgrade, 1_518),
    ]);

    private static BenchmarkCall Remark(KusamaRuntime runtime, uint b)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        return BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.Remark(Filled(b))), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall RemarkWithEvent(KusamaRuntime runtime, uint b)
    {
        AccountId32 caller = BenchmarkAccounts.WhitelistedCaller;
        return BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.RemarkWithEvent(Filled(b))), Origin.Signed(caller), caller);
    }

    private static BenchmarkCall SetHeapPages(KusamaRuntime runtime, uint component) =>
        BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.SetHeapPages(4)), Origin.Root);

    // FRAME sets a real Wasm runtime one version up; ours is the native descriptor of the next spec version, which a
    // registry that knows that version accepts. What is measured is our own check-and-store path.
    private static BenchmarkCall SetCode(KusamaRuntime runtime, uint component) =>
        new(r => r.Dispatch(new RuntimeCall.System(new SystemCall.SetCode(NextRuntimeCode)), Origin.Root), [], InstallNextRuntime);

    private static BenchmarkCall SetStorage(KusamaRuntime runtime, uint i)
    {
        var items = new (byte[], byte[])[i];
        for (uint j = 0; j < i; j++)
        {
            byte[] hash = PairHash(i, j);
            items[j] = (hash, hash);
        }
        return BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.SetStorage(items)), Origin.Root);
    }

    private static BenchmarkCall KillStorage(KusamaRuntime runtime, uint i)
    {
        var keys = new byte[i][];
        for (uint j = 0; j < i; j++)
        {
            keys[j] = PairHash(i, j);
            runtime.Storage.Set(keys[j], keys[j]);
        }
        return BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.KillStorage(keys)), Origin.Root);
    }

    private static BenchmarkCall KillPrefix(KusamaRuntime runtime, uint p)
    {
        Span<byte> encoded = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(encoded, p);
        byte[] prefix = Blake2b.Hash256(encoded).ToArray();
        for (uint j = 0; j < p; j++)
        {
            byte[] hash = PairHash(p, j);
            runtime.Storage.Set([.. prefix, .. hash], hash);
        }
        return BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.KillPrefix(prefix, p)), Origin.Root);
    }

    private static BenchmarkCall AuthorizeUpgrade(KusamaRuntime runtime, uint component) =>
        BenchmarkCall.Dispatch(new RuntimeCall.System(new SystemCall.AuthorizeUpgrade(Blake2b.Hash256(NextRuntimeCode))), Origin.Root);

    private static BenchmarkCall ApplyAuthorizedUpgrade(KusamaRuntime runtime, uint component)
    {
        runtime.System.AuthorizedUpgrade.Set(new CodeUpgradeAuthorization(Blake2b.Hash256(NextRuntimeCode), true));
        return new(r => r.Dispatch(new RuntimeCall.System(new SystemCall.ApplyAuthorizedUpgrade(NextRuntimeCode)), Origin.None), [], InstallNextRuntime);
    }

    private static RuntimeVersion NextVersion => KusamaRuntime.Version with { SpecVersion = KusamaRuntime.Version.SpecVersion + 1 };

    private static readonly byte[] NextRuntimeCode = NativeRuntimeDescriptor.Build(NextVersion);

    private static void InstallNextRuntime(KusamaRuntime runtime)
    {
        var registry = new NativeRuntimeRegistry();
        registry.Register(NextVersion, static (storage, root) => new KusamaRuntimeApi(storage, RuntimeConfig.Kusama, root));
        runtime.System.ReadRuntimeVersion = registry.ReadRuntimeVersion;
    }

    private static byte[] Filled(uint length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)1);
        return bytes;
    }

    // FRAME's keys: (i, j).using_encoded(T::Hashing::hash), i.e. blake2_256 of two little-endian u32s.
    private static byte[] PairHash(uint i, uint j)
    {
        Span<byte> encoded = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(encoded, i);
        BinaryPrimitives.WriteUInt32LittleEndian(encoded[4..], j);
        return Blake2b.Hash256(encoded).ToArray();
    }
}
