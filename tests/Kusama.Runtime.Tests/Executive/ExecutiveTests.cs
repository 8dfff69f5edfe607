using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Extensions;
using Kusama.Runtime.Pallets.System;
using Kusama.Scale;
using Kusama.Trie;

namespace Kusama.Runtime.Tests.Executive;

public class ExecutiveTests
{
    private static readonly Weight ExtensionWeightImmortal =
        SystemExtensionWeights.CheckNonZeroSender()
            .SaturatingAdd(SystemExtensionWeights.CheckSpecVersion())
            .SaturatingAdd(SystemExtensionWeights.CheckTxVersion())
            .SaturatingAdd(SystemExtensionWeights.CheckGenesis())
            .SaturatingAdd(SystemExtensionWeights.CheckMortalityImmortalTransaction().WithProofSize(0))
            .SaturatingAdd(SystemExtensionWeights.CheckNonce())
            .SaturatingAdd(Kusama.Runtime.Pallets.TransactionPayment.TransactionPaymentWeights.ChargeTransactionPayment())
            .SaturatingAdd(SystemExtensionWeights.CheckWeight());

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    [InlineData(KeyScheme.Ecdsa)]
    public void Signed_remark_is_applied_with_ExtrinsicSuccess_and_the_nonce_incremented(KeyScheme scheme)
    {
        KeyPair alice = TestChain.Alice(scheme);
        var chain = new TestChain(null, alice);
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        byte[] remark = new byte[10];

        ApplyExtrinsicResult result = executive.ApplyExtrinsic(chain.Sign(alice, TestChain.Remark(remark), nonce: 0));

        Assert.True(result.IsValid && result.IsDispatchOk, result.ToString());
        Assert.Equal(1u, executive.Runtime.System.AccountNonce(alice.AccountId));
        // Fee events (Withdraw, the treasury's share, TransactionFeePaid) come first; ExtrinsicSuccess is the one System event besides the treasury's NewAccount.
        EventRecord record = Assert.Single(executive.Runtime.System.ReadEvents(), e => e.Event is RuntimeEvent.System { Event: not SystemEvent.NewAccount });
        Assert.Equal(Phase.ApplyExtrinsic(0), record.Phase);
        // note_applied_extrinsic: call weight + extensions' weight + the class's base extrinsic weight.
        Weight expected = SystemWeights.Remark(10).SaturatingAdd(ExtensionWeightImmortal).SaturatingAdd(SystemConfig.ExtrinsicBaseWeight);
        Assert.Equal(new RuntimeEvent.System(new SystemEvent.ExtrinsicSuccess(new DispatchInfo(expected))), record.Event);
    }

    [Fact]
    public void Failing_call_is_included_with_ExtrinsicFailed_its_nonce_spent_and_its_changes_rolled_back()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        KeyPair alice = TestChain.Alice(KeyScheme.Sr25519);
        var call = new RuntimeCall.System(new SystemCall.SetStorage([([9, 9], [1])]));

        ApplyExtrinsicResult result = executive.ApplyExtrinsic(chain.Sign(alice, call, nonce: 0));

        Assert.True(result.IsValid);
        Assert.Equal(DispatchError.BadOrigin, result.DispatchError);
        Assert.Null(executive.Runtime.Storage.Get([9, 9]));
        Assert.Equal(1u, executive.Runtime.System.AccountNonce(alice.AccountId));
        Weight expected = SystemWeights.SetStorage(1).SaturatingAdd(ExtensionWeightImmortal).SaturatingAdd(SystemConfig.ExtrinsicBaseWeight);
        var expectedEvent = new SystemEvent.ExtrinsicFailed(DispatchError.BadOrigin, new DispatchInfo(expected, DispatchClass.Operational));
        Assert.Equal(new RuntimeEvent.System(expectedEvent), executive.Runtime.System.ReadEvents()[^1].Event);
    }

    [Fact]
    public void Invalid_extrinsic_leaves_no_trace_in_the_block()
    {
        var chain = new TestChain();
        var executive = chain.Open(out var overlay);
        executive.InitializeBlock(TestChain.Block1Header());
        var before = Kusama.Frame.RuntimeApis.ScanningStorageRoot.Instance.Calculate(executive.Runtime.Storage, StateVersion.V1);

        ApplyExtrinsicResult result = executive.ApplyExtrinsic(chain.Sign(TestChain.Alice(KeyScheme.Sr25519), TestChain.Remark([1]), nonce: 5));

        Assert.False(result.IsValid);
        Assert.Equal(TransactionValidityError.Invalid(InvalidTransaction.Future), result.ValidityError);
        Assert.Equal(before, Kusama.Frame.RuntimeApis.ScanningStorageRoot.Instance.Calculate(executive.Runtime.Storage, StateVersion.V1));
        Assert.Equal(0, overlay.TransactionDepth);
    }

    [Fact]
    public void Block_built_then_executed_from_genesis_again_gives_the_same_header()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Alice(KeyScheme.Sr25519);
        var builder = chain.Open();
        Header draft = TestChain.Block1Header();
        var extrinsics = new List<byte[]> { TestChain.Start(builder, draft) };
        foreach (byte[] xt in new[]
        {
            chain.Sign(alice, TestChain.Remark([1, 2, 3]), 0),
            chain.Sign(alice, new RuntimeCall.System(new SystemCall.RemarkWithEvent([4])), 1),
        })
        {
            Assert.True(builder.ApplyExtrinsic(xt).IsValid);
            extrinsics.Add(xt);
        }
        Header built = builder.FinalizeBlock();

        Assert.Equal(OrderedTrieRoot.Calculate(extrinsics), built.ExtrinsicsRoot);
        Assert.Equal(draft.Digest.Length, built.Digest.Length);

        var importer = chain.Open();
        importer.ExecuteBlock(new Block(built, [.. extrinsics]));
        Assert.Equal(2u, importer.Runtime.System.AccountNonce(alice.AccountId));
        Assert.Equal(built.StateRoot, importer.StorageRoot.Calculate(importer.Runtime.Storage, StateVersion.V1));
    }

    [Fact]
    public void Tampered_blocks_are_rejected()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Alice(KeyScheme.Sr25519);
        var builder = chain.Open();
        byte[] inherent = TestChain.Start(builder, TestChain.Block1Header());
        byte[] xt = chain.Sign(alice, TestChain.Remark([1]), 0);
        Assert.True(builder.ApplyExtrinsic(xt).IsValid);
        Header built = builder.FinalizeBlock();

        var wrongRoot = Assert.Throws<BlockExecutionException>(() => chain.Open().ExecuteBlock(new Block(built with { StateRoot = Hash256.Zero }, [inherent, xt])));
        Assert.Contains("storage root", wrongRoot.Message);

        var wrongExtrinsicsRoot = Assert.Throws<BlockExecutionException>(() => chain.Open().ExecuteBlock(new Block(built with { ExtrinsicsRoot = Hash256.Zero }, [inherent, xt])));
        Assert.Contains("transaction trie root", wrongExtrinsicsRoot.Message);

        var extraExtrinsic = Assert.Throws<BlockExecutionException>(() => chain.Open().ExecuteBlock(new Block(built, [inherent, xt, chain.Sign(alice, TestChain.Remark([2]), 1)])));
        Assert.Contains("storage root", extraExtrinsic.Message);

        byte[] forged = (byte[])xt.Clone();
        forged[^1] ^= 1;
        var badSignature = Assert.Throws<BlockExecutionException>(() => chain.Open().ExecuteBlock(new Block(built, [inherent, forged])));
        Assert.Contains("BadProof", badSignature.Message);
    }

    [Fact]
    public void Finalize_clears_the_per_block_items_and_keeps_events_for_the_client()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        TestChain.Start(executive, TestChain.Block1Header());
        Assert.True(executive.ApplyExtrinsic(chain.Sign(TestChain.Alice(KeyScheme.Sr25519), TestChain.Remark([]), 0)).IsValid);
        executive.FinalizeBlock();
        SystemPallet system = executive.Runtime.System;

        Assert.False(system.ExecutionPhase.Exists());
        Assert.False(system.ExtrinsicCount.Exists());
        Assert.False(system.AllExtrinsicsLen.Exists());
        Assert.False(system.InherentsApplied.Exists());
        Assert.False(system.ExtrinsicData.Contains(0));
        Assert.Null(system.Storage.Get(SystemPallet.ExtrinsicIndexKey));
        Assert.Null(system.Storage.Get(SystemPallet.IntrablockEntropyKey));
        Assert.Equal(2, system.ReadEvents().Count(e => e.Event is RuntimeEvent.System { Event: not SystemEvent.NewAccount })); // the timestamp inherent's and the remark's ExtrinsicSuccess
        Assert.Equal(TestChain.GenesisHash, system.ParentHash.Get());
    }

    [Fact]
    public void BlockHash_keeps_BlockHashCount_hashes_and_genesis()
    {
        var config = RuntimeConfig.Kusama with { System = SystemConfig.Kusama with { BlockHashCount = 4 } };
        var chain = new TestChain(config);
        var executive = chain.Open();
        Hash256 parent = TestChain.GenesisHash;
        for (uint n = 1; n <= 7; n++)
        {
            TestChain.Start(executive, new Header(parent, n, default, default, []));
            parent = executive.FinalizeBlock().Hash();
        }
        SystemPallet system = executive.Runtime.System;
        // frame_system::finalize of block n removes BlockHash[n - 4 - 1]: blocks 6 and 7 removed 1 and 2.
        Assert.True(system.BlockHash.Contains(0));
        Assert.False(system.BlockHash.Contains(1));
        Assert.False(system.BlockHash.Contains(2));
        for (uint n = 3; n <= 6; n++) Assert.True(system.BlockHash.Contains(n), $"BlockHash[{n}]");
    }

    [Fact]
    public void Extrinsics_root_is_the_ordered_trie_root_of_the_polkadot_spec_vector()
    {
        // tests/Vectors/trie-vectors.json "polkadot-spec ext_trie_blake2_256_ordered_root_version_1 #0" (LayoutV0).
        var chain = new TestChain();
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        // The timestamp is set directly (not as an extrinsic) so the block's extrinsics are exactly the vector's items.
        Assert.True(executive.Runtime.Timestamp.Set(Kusama.Frame.Dispatch.Origin.None, 6_000).IsOk);
        SystemPallet system = executive.Runtime.System;
        foreach (byte[] item in new[] { "static"u8.ToArray(), "even-keeled"u8.ToArray(), "Future-proofed"u8.ToArray() })
        {
            system.NoteExtrinsic(item);
            system.NoteAppliedExtrinsic(DispatchResult.Ok, new DispatchInfo(Weight.Zero));
        }
        Header header = executive.FinalizeBlock();
        Assert.Equal(Hash256.Parse("0xd847b86d0219a384d11458e829e9f4f4cce7e3cc2e6dcd0e8a6ad6f12c64a737"), header.ExtrinsicsRoot);
    }

    [Fact]
    public void Events_carry_the_phase_of_the_extrinsic_that_deposited_them()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Alice(KeyScheme.Sr25519);
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        executive.ApplyExtrinsic(chain.Sign(alice, TestChain.Remark([]), 0));
        executive.ApplyExtrinsic(chain.Sign(alice, new RuntimeCall.System(new SystemCall.RemarkWithEvent([7])), 1));

        EventRecord[] events = executive.Runtime.System.ReadEvents().Where(e => e.Event is RuntimeEvent.System { Event: not SystemEvent.NewAccount }).ToArray();
        Assert.Equal([Phase.ApplyExtrinsic(0), Phase.ApplyExtrinsic(1), Phase.ApplyExtrinsic(1)], events.Select(e => e.Phase));
        Assert.IsType<SystemEvent.Remarked>(((RuntimeEvent.System)events[1].Event).Event);
        Assert.Equal(2u, executive.Runtime.System.ExtrinsicIndex);
    }

    [Fact]
    public void Initialize_books_the_base_block_weight_as_mandatory_and_records_the_runtime_upgrade()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        executive.Runtime.System.LastRuntimeUpgrade.Remove();
        executive.InitializeBlock(TestChain.Block1Header());
        SystemPallet system = executive.Runtime.System;
        // The base block weight plus Timestamp's on_initialize, which books its on_finalize weight.
        Assert.Equal(SystemConfig.BlockExecutionWeight.SaturatingAdd(Kusama.Runtime.Pallets.Timestamp.TimestampWeights.OnFinalize()), system.BlockWeight.Get().Mandatory);
        Assert.Equal(new LastRuntimeUpgradeInfo(KusamaRuntime.Version.SpecVersion, "kusama"), system.LastRuntimeUpgrade.Get());
        Assert.Equal(TestChain.GenesisHash, system.BlockHash.Get(0));
        Assert.Equal(Phase.ApplyExtrinsic(0), system.ExecutionPhase.Get());
    }
}
