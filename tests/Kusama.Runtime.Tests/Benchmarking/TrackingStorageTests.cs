using Kusama.Frame.Storage;
using Kusama.Runtime.Benchmarking;
using Kusama.State;

namespace Kusama.Runtime.Tests.Benchmarking;

public class TrackingStorageTests
{
    private static (TrackingStorage Tracking, IStorage Inner) Create()
    {
        IStorage inner = new OverlayStorage(new StorageOverlay(BenchmarkState.Empty));
        return (new TrackingStorage(inner), inner);
    }

    [Fact]
    public void Each_key_counts_one_read_however_often_it_is_read()
    {
        var (tracking, _) = Create();
        tracking.Get([1]);
        tracking.Get([1]);
        tracking.Exists([1]);
        tracking.Get([2]);
        Assert.Equal((2u, 0u), (tracking.Reads, tracking.Writes));
    }

    [Fact]
    public void Each_key_counts_one_write_and_a_read_after_writing_is_free()
    {
        var (tracking, _) = Create();
        tracking.Set([1], [9]);
        tracking.Set([1], [8]);
        tracking.Delete([1]);
        tracking.Get([1]);
        Assert.Equal((0u, 1u), (tracking.Reads, tracking.Writes));
    }

    [Fact]
    public void Reading_then_writing_a_key_counts_one_of_each()
    {
        var (tracking, _) = Create();
        tracking.Get([1]);
        tracking.Set([1], [9]);
        Assert.Equal((1u, 1u), (tracking.Reads, tracking.Writes));
    }

    [Fact]
    public void Whitelisted_keys_are_never_counted_and_reset_forgets_the_rest()
    {
        var (tracking, _) = Create();
        tracking.Whitelist([7]);
        tracking.Get([7]);
        tracking.Set([7], [1]);
        tracking.Get([1]);
        Assert.Equal((1u, 0u), (tracking.Reads, tracking.Writes));
        tracking.Reset();
        tracking.Get([1]);
        Assert.Equal((1u, 0u), (tracking.Reads, tracking.Writes));
    }

    [Fact]
    public void Clearing_a_prefix_reads_and_writes_each_key_it_removes_up_to_the_limit()
    {
        // The limit counts backend keys (sp-io's clear_prefix), so the keys are committed to the backend first.
        var setup = new StorageOverlay(BenchmarkState.Empty);
        setup.Set([5, 1], [1]);
        setup.Set([5, 2], [1]);
        setup.Set([5, 3], [1]);
        setup.Set([6, 1], [1]);
        IStorage inner = new OverlayStorage(new StorageOverlay(BenchmarkState.Snapshot(setup)));
        var tracking = new TrackingStorage(inner);
        tracking.ClearPrefix([5], 2);
        Assert.Equal((2u, 2u), (tracking.Reads, tracking.Writes));
        Assert.Null(inner.Get([5, 1]));
        Assert.NotNull(inner.Get([5, 3]));
        Assert.NotNull(inner.Get([6, 1]));
    }

    [Fact]
    public void The_snapshot_backend_serves_the_setup_state_in_key_order()
    {
        var overlay = new StorageOverlay(BenchmarkState.Empty);
        overlay.Set([3], [30]);
        overlay.Set([1], [10]);
        overlay.Set([2], [20]);
        BenchmarkState state = BenchmarkState.Snapshot(overlay);
        Assert.Equal(3, state.Count);
        Assert.Equal([20], state.Get([2]));
        Assert.Equal([2], state.NextKey([1]));
        Assert.Equal([1], state.NextKey([0]));
        Assert.Null(state.NextKey([3]));
    }
}
