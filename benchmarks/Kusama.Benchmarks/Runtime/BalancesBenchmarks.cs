using BenchmarkDotNet.Attributes;
using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Runtime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.State;

namespace Kusama.Benchmarks.Runtime;

/// <summary>
/// Dispatch of <c>transfer_keep_alive</c> (Alice → Bob, both existing, Kusama's config) on an in-memory overlay at block 1,
/// events included. Each run is wrapped in a transaction that is rolled back, so every iteration sees the same state.
/// The budget for a whole signed transfer (without signature check and state root) is 10 µs.
/// </summary>
[MemoryDiagnoser]
public class BalancesBenchmarks
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
    private static readonly AccountId32 Bob = AccountId32.Parse("0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");

    private IStorage _storage = null!;
    private KusamaRuntime _runtime = null!;
    private RuntimeCall _call = null!;
    private Origin _origin;

    [GlobalSetup]
    public void Setup()
    {
        _storage = new OverlayStorage(new StorageOverlay(EmptyState.Instance));
        _runtime = new KusamaRuntime(_storage);
        new BalancesGenesisConfig([(Alice, 1_000 * KusamaConstants.Units), (Bob, 1_000 * KusamaConstants.Units)]).Build(_runtime.Balances, _runtime.System);
        _runtime.System.Number.Set(1);
        _call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(Bob), KusamaConstants.Units));
        _origin = Origin.Signed(Alice);
    }

    [Benchmark]
    public bool TransferKeepAlive()
    {
        _storage.StartTransaction();
        DispatchResult result = _runtime.Dispatch(_call, _origin);
        _storage.RollbackTransaction();
        return result.IsOk;
    }
}
