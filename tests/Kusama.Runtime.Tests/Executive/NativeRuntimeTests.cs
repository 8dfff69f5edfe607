using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Runtime.NativeRuntime;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Tests.Support;

namespace Kusama.Runtime.Tests.Executive;

public class NativeRuntimeTests
{
    [Fact]
    public void Descriptor_is_a_wasm_module_whose_sections_give_back_the_version()
    {
        byte[] code = NativeRuntimeDescriptor.Build(KusamaRuntime.Version);
        Assert.Equal(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00 }, code[..8]);
        Assert.True(WasmCustomSections.TryFind(code, "runtime_version", out ReadOnlySpan<byte> section));
        RuntimeVersion embedded = RuntimeVersion.Decode(section);
        Assert.Equal(("kusama", 1_007_001u, 26u, (byte)1), (embedded.SpecName, embedded.SpecVersion, embedded.TransactionVersion, embedded.SystemVersion));
        Assert.True(NativeRuntimeDescriptor.TryRead(code, out RuntimeVersion version));
        Assert.Equal(KusamaRuntime.Version.Encode(), version.Encode());
        Assert.True(WasmCustomSections.TryFind(code, "kusama_net_native", out _));
    }

    [Fact]
    public void Set_code_of_a_version_this_node_lacks_fails_to_extract_the_runtime_version()
    {
        var ext = new ExtBuilder().Build();
        byte[] unknown = NativeRuntimeDescriptor.Build(KusamaRuntime.Version with { SpecVersion = 1_007_002 });
        ext.AssertNoop(r => r.Dispatch(new RuntimeCall.System(new SystemCall.SetCode(unknown)), Origin.Root),
            DispatchError.Module(KusamaRuntime.SystemIndex, (byte)SystemError.FailedToExtractRuntimeVersion));
        ext.AssertNoop(r => r.Dispatch(new RuntimeCall.System(new SystemCall.SetCode([0, 0x61, 0x73, 0x6d, 9])), Origin.Root),
            DispatchError.Module(KusamaRuntime.SystemIndex, (byte)SystemError.FailedToExtractRuntimeVersion));
    }

    [Fact]
    public void Set_code_of_the_running_version_needs_a_higher_spec_version()
    {
        var ext = new ExtBuilder().Build();
        byte[] same = NativeRuntimeDescriptor.Build(KusamaRuntime.Version);
        ext.AssertNoop(r => r.Dispatch(new RuntimeCall.System(new SystemCall.SetCode(same)), Origin.Root),
            DispatchError.Module(KusamaRuntime.SystemIndex, (byte)SystemError.SpecVersionNeedsToIncrease));
    }

    [Fact]
    public void Opening_a_state_whose_code_names_an_unknown_runtime_says_to_upgrade()
    {
        var ext = new ExtBuilder().Build();
        byte[] unknown = NativeRuntimeDescriptor.Build(KusamaRuntime.Version with { SpecVersion = 1_008_000 });
        var error = Assert.Throws<MissingNativeRuntimeException>(() => NativeRuntimeRegistry.Compiled.Open(unknown, ext.Storage, ScanningStorageRoot.Instance));
        Assert.Equal("This node lacks runtime kusama 1008000: upgrade Kusama.NET to a release that includes it.", error.Message);
        IRuntimeApi api = NativeRuntimeRegistry.Compiled.Open(NativeRuntimeDescriptor.Build(KusamaRuntime.Version), ext.Storage, ScanningStorageRoot.Instance);
        Assert.Equal(1_007_001u, api.Version.SpecVersion);
    }

    [Fact]
    public void Unsigned_apply_authorized_upgrade_is_valid_with_priority_100_providing_the_code_hash()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        byte[] code = NativeRuntimeDescriptor.Build(KusamaRuntime.Version with { SpecVersion = 1_007_002 });
        Assert.True(executive.Runtime.Dispatch(new RuntimeCall.System(new SystemCall.AuthorizeUpgradeWithoutChecks(Blake2b.Hash256(code))), Origin.Root).IsOk);
        var call = new RuntimeCall.System(new SystemCall.ApplyAuthorizedUpgrade(code));

        var validity = executive.ValidateTransaction(Kusama.Frame.Transactions.TransactionSource.External,
            Kusama.Frame.Extrinsics.UncheckedExtrinsic.EncodeBare(Kusama.Scale.ScaleCodec.Encode<RuntimeCall>(call)), TestChain.GenesisHash);

        var valid = validity.OkValue;
        Assert.Equal(100ul, valid.Priority);
        Assert.Equal([Blake2b.Hash256(code).ToArray()], valid.Provides);
        Assert.Equal(ulong.MaxValue, valid.Longevity);

        var remark = Kusama.Frame.Extrinsics.UncheckedExtrinsic.EncodeBare(Kusama.Scale.ScaleCodec.Encode(TestChain.Remark([])));
        Assert.Equal(Kusama.Frame.Transactions.TransactionValidityError.Invalid(Kusama.Frame.Transactions.InvalidTransaction.Call),
            chain.Open().ValidateTransaction(Kusama.Frame.Transactions.TransactionSource.External, remark, TestChain.GenesisHash).ErrValue);
    }
}
