using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Storage;
using Kusama.Runtime.Pallets.System;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Runtime.Tests.Support;

/// <summary>
/// FRAME's <c>TestExternalities</c>: a runtime over in-memory state, with the assertions runtime tests use
/// (<see cref="AssertNoop"/>, <see cref="AssertLastEvent"/>). Build one with <see cref="ExtBuilder"/>.
/// </summary>
public sealed class TestExternalities
{
    internal TestExternalities(MemoryState backend, RuntimeConfig config)
    {
        Overlay = new StorageOverlay(backend);
        Storage = new OverlayStorage(Overlay);
        Runtime = new KusamaRuntime(Storage, config);
    }

    public StorageOverlay Overlay { get; }

    public IStorage Storage { get; }

    public KusamaRuntime Runtime { get; }

    public SystemPallet System => Runtime.System;

    /// <summary>The state root of everything stored (backend and overlay), computed from scratch.</summary>
    public Hash256 StorageRoot()
    {
        var entries = new List<KeyValuePair<byte[], byte[]>>();
        byte[]? key = Overlay.Get([]) is not null ? [] : Overlay.NextKey([]);
        while (key is not null)
        {
            entries.Add(new(key, Overlay.Get(key)!));
            key = Overlay.NextKey(key);
        }
        return TrieRoot.Calculate(entries, StateVersion.V1);
    }

    /// <summary>FRAME's <c>assert_noop!</c>: the call fails with <paramref name="expected"/> and the state root is unchanged.</summary>
    public void AssertNoop(Func<KusamaRuntime, DispatchResult> call, DispatchError expected)
    {
        Hash256 before = StorageRoot();
        DispatchResult result = call(Runtime);
        Assert.True(result.IsError, $"Expected {expected}, but the call succeeded.");
        Assert.Equal(expected, result.Error);
        Assert.Equal(before, StorageRoot());
    }

    /// <summary>FRAME's <c>assert_ok!</c>.</summary>
    public void AssertOk(DispatchResult result) => Assert.True(result.IsOk, $"Expected Ok, got {result}.");

    /// <summary>The events deposited in this block so far.</summary>
    public RuntimeEvent[] Events()
    {
        EventRecord[] records = System.ReadEvents();
        var events = new RuntimeEvent[records.Length];
        for (int i = 0; i < records.Length; i++) events[i] = records[i].Event;
        return events;
    }

    /// <summary>FRAME's <c>System::assert_last_event</c>.</summary>
    public void AssertLastEvent(RuntimeEvent expected)
    {
        RuntimeEvent[] events = Events();
        Assert.NotEmpty(events);
        Assert.Equal(expected, events[^1]);
    }

    /// <summary>The total-issuance invariant: free + reserved summed over <c>System.Account</c> equals <c>Balances.TotalIssuance</c>.</summary>
    public void AssertTotalIssuanceInvariant()
    {
        UInt128 sum = UInt128.Zero;
        foreach (AccountInfo info in System.Account.IterateValues())
            sum = checked(sum + info.Data.Free.Value + info.Data.Reserved.Value);
        Assert.Equal(Runtime.Balances.TotalIssuance.Get().Value, sum);
    }

    /// <summary>FRAME's <c>System::assert_has_event</c>.</summary>
    public void AssertHasEvent(RuntimeEvent expected) => Assert.Contains(expected, Events());
}
