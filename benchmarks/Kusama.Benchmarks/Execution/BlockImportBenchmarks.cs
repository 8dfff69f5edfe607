using BenchmarkDotNet.Attributes;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Db.Rocks;
using Kusama.Runtime.Apis;
using Kusama.Scale;

namespace Kusama.Benchmarks.Execution;

/// <summary>
/// Import of block #1 holding N signed <c>transfer_keep_alive</c>s from distinct funded accounts into a RocksDB-backed
/// <see cref="Kusama.State.StateDb"/>: execution, state root, commit and write. Targets (2,276 transfers, 2 cores; scale the 2,000 row):
/// ≤ 150 ms per block with signature checks, ≥ 15,000 transfers/s.
/// </summary>
[MemoryDiagnoser]
public class BlockImportBenchmarks
{
    private string _path = "";
    private RocksDbStore _store = null!;
    private BlockImportBenchmark _bench = null!;
    private byte[] _encodedBlock = [];

    // 2,276 transfers exceed the runtime's normal-class block weight (the 2,120th extrinsic is ExhaustsResources): 2,000 is the largest round size that fits.
    [Params(100, 2_000)]
    public int Transfers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "kusama-import-bench", Guid.NewGuid().ToString("N"));
        _store = RocksDbStore.Open(_path);
        _bench = BlockImportBenchmark.Create(_store, Transfers);
        _encodedBlock = ScaleCodec.Encode(_bench.Block);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    /// <summary>The import path: signature checks batched on both cores while the block executes.</summary>
    [Benchmark(Baseline = true)]
    public Hash256 ImportBatchedSignatures() => _bench.Import(batchSignatures: true);

    /// <summary>Signature checks one by one inside apply_extrinsic (as the block builder does).</summary>
    [Benchmark]
    public Hash256 ImportSequentialSignatures() => _bench.Import(batchSignatures: false);

    /// <summary>Everything but the signature checks: execution, root, commit, write.</summary>
    [Benchmark]
    public Hash256 ImportWithoutSignatures()
    {
        using RuntimeSession session = _bench.Executor.Open(_bench.GenesisStateRoot);
        ((KusamaRuntimeApi)session.Api).Executive.SkipSignatureVerification = true;
        session.Api.Call("Core_execute_block", _encodedBlock);
        return _bench.Commit(session.DrainExecuted());
    }
}
