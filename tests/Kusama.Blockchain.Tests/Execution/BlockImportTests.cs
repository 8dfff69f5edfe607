using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Db.Memory;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Runtime.Executive;
using Kusama.State;

namespace Kusama.Blockchain.Tests.Execution;

public sealed class BlockImportTests
{
    private const int Accounts = 24;

    private static readonly Lazy<BlockImportBenchmark> Shared = new(() => BlockImportBenchmark.Create(new MemoryKeyValueStore(), Accounts));

    [Fact]
    public void A_block_imported_with_batched_signature_checks_has_the_root_of_sequential_execution()
    {
        BlockImportBenchmark bench = Shared.Value;
        Hash256 batched = bench.Import(batchSignatures: true);
        Hash256 sequential = bench.Import(batchSignatures: false);
        Assert.Equal(bench.Block.Header.StateRoot, batched);
        Assert.Equal(batched, sequential);
    }

    [Fact]
    public void Executing_a_block_carries_the_trie_work_of_its_root_check_to_the_commit()
    {
        BlockImportBenchmark bench = Shared.Value;
        ExecutedBlock executed = bench.Executor.ExecuteBlock(bench.Block, bench.GenesisStateRoot);
        Assert.NotNull(executed.Prepared);
        Assert.Equal(bench.Block.Header.StateRoot, executed.Prepared.StateRoot);
        Assert.Same(executed.Changes, executed.Prepared.Changes);
        Assert.Equal(bench.Block.Header.StateRoot, bench.Commit(executed));
    }

    [Fact]
    public void The_prepared_commit_and_the_plain_commit_give_the_same_root()
    {
        BlockImportBenchmark bench = Shared.Value;
        ExecutedBlock executed = bench.Executor.ExecuteBlock(bench.Block, bench.GenesisStateRoot);
        Assert.Equal(bench.Block.Header.StateRoot, bench.Commit(executed with { Prepared = null }));
    }

    [Fact]
    public void A_block_with_one_bad_signature_among_many_is_refused_naming_the_extrinsic()
    {
        BlockImportBenchmark bench = Shared.Value;
        Block bad = WithCorruptSignature(bench.Block, 17);
        RuntimeApiException error = Assert.Throws<RuntimeApiException>(() => bench.Executor.ExecuteBlock(bad, bench.GenesisStateRoot));
        Assert.IsType<BlockExecutionException>(error.InnerException);
        Assert.Contains("extrinsic 17 has a bad signature", error.Message);
    }

    [Fact]
    public void Without_batching_a_bad_signature_fails_the_block_as_an_invalid_extrinsic()
    {
        BlockImportBenchmark bench = Shared.Value;
        Block bad = WithCorruptSignature(bench.Block, 3);
        RuntimeApiException error = Assert.Throws<RuntimeApiException>(() => bench.Executor.ExecuteBlock(bad, bench.GenesisStateRoot, batchSignatures: false));
        Assert.Contains("extrinsic 3 is invalid", error.Message);
        Assert.Contains("BadProof", error.Message);
    }

    [Fact]
    public void Transfers_validate_at_genesis_from_several_threads()
    {
        BlockImportBenchmark bench = Shared.Value;
        Assert.True(bench.MeasureValidation(threads: 2) > 0);
        byte[] validity = bench.Validate(0);
        Assert.Equal(0, validity[0]);
    }

    private static Block WithCorruptSignature(Block block, int index)
    {
        byte[][] extrinsics = [.. block.Extrinsics];
        byte[] encoded = (byte[])extrinsics[index].Clone();
        var xt = UncheckedExtrinsic.Decode<KusamaSignedExtra>(encoded);
        int at = encoded.AsSpan().IndexOf(xt.Signature);
        encoded[at + 5] ^= 0x01;
        extrinsics[index] = encoded;
        return block with { Extrinsics = extrinsics };
    }
}
