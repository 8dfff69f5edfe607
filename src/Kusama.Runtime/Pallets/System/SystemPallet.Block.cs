using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Trie;

namespace Kusama.Runtime.Pallets.System;

// frame_system's block lifecycle, called by the executive in this order: Initialize, NoteFinishedInitialize, then per
// extrinsic NoteExtrinsic + NoteAppliedExtrinsic, NoteFinishedExtrinsics, Finalize.
public sealed partial class SystemPallet
{
    /// <summary><c>:extrinsic_index</c> (u32): the index of the extrinsic being applied; lives only during a block.</summary>
    public static ReadOnlySpan<byte> ExtrinsicIndexKey => ":extrinsic_index"u8;

    /// <summary><c>:intrablock_entropy</c>: 32 bytes derived from the parent hash at initialization, removed at finalization.</summary>
    public static ReadOnlySpan<byte> IntrablockEntropyKey => ":intrablock_entropy"u8;

    /// <summary>frame_system <c>initialize</c>: sets up the block's environment (number, digest, parent hash) and clears last block's weight.</summary>
    public void Initialize(uint number, Hash256 parentHash, DigestItem[] digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (number == 0) throw new ArgumentOutOfRangeException(nameof(number), "Block 0 is genesis; it is built, not initialized.");
        ExecutionPhase.Set(Phase.Initialization);
        PutU32(ExtrinsicIndexKey, 0);
        var entropyInput = new byte[24 + Hash256.Length];
        "frame_system::initialize"u8.CopyTo(entropyInput);
        parentHash.Bytes.CopyTo(entropyInput.AsSpan(24));
        Storage.Set(IntrablockEntropyKey, Blake2b.Hash256(entropyInput).Bytes);
        Number.Set(number);
        Digest.Set(digest);
        ParentHash.Set(parentHash);
        BlockHash.Set(number - 1, parentHash);
        BlockWeight.Remove();
    }

    /// <summary>After the initialization hooks: events from here on belong to the first extrinsic.</summary>
    public void NoteFinishedInitialize() => ExecutionPhase.Set(Phase.ApplyExtrinsic(0));

    /// <summary>The index of the extrinsic being applied, or null outside extrinsic application.</summary>
    public uint? ExtrinsicIndex => Storage.Get(ExtrinsicIndexKey) is { Length: 4 } bytes ? BinaryPrimitives.ReadUInt32LittleEndian(bytes) : null;

    /// <summary>frame_system <c>note_extrinsic</c>: keeps the extrinsic's bytes for the extrinsics root.</summary>
    public void NoteExtrinsic(byte[] encoded) => ExtrinsicData.Set(ExtrinsicIndex ?? 0, encoded);

    /// <summary>
    /// frame_system <c>note_applied_extrinsic</c>: deposits <c>ExtrinsicSuccess</c> or <c>ExtrinsicFailed</c> with the
    /// actual weight (post-dispatch corrected, plus the class's base extrinsic weight) and actual pays, then moves to the next index.
    /// </summary>
    public void NoteAppliedExtrinsic(in DispatchResult result, in DispatchInfo info)
    {
        Weight weight = result.PostInfo.CalcActualWeight(info).SaturatingAdd(Config.BlockWeights.Get(info.Class).BaseExtrinsic);
        var eventInfo = new DispatchInfo(weight, info.Class, result.PostInfo.PaysFeeGiven(info));
        DepositEvent(result.IsOk ? new SystemEvent.ExtrinsicSuccess(eventInfo) : new SystemEvent.ExtrinsicFailed(result.Error, eventInfo));
        uint next = (ExtrinsicIndex ?? 0) + 1;
        PutU32(ExtrinsicIndexKey, next);
        ExecutionPhase.Set(Phase.ApplyExtrinsic(next));
    }

    /// <summary>frame_system <c>note_finished_extrinsics</c>: records the count and enters the finalization phase.</summary>
    public void NoteFinishedExtrinsics()
    {
        uint count = ExtrinsicIndex ?? 0;
        Storage.Delete(ExtrinsicIndexKey);
        ExtrinsicCount.Set(count);
        ExecutionPhase.Set(Phase.Finalization);
    }

    /// <summary>frame_system <c>note_inherents_applied</c>: from now on only non-inherent extrinsics may follow.</summary>
    public void NoteInherentsApplied() => InherentsApplied.Set(true);

    /// <summary>frame_system <c>register_extra_weight_unchecked</c>: books weight (hooks, inherents) without checking limits.</summary>
    public void RegisterExtraWeightUnchecked(Weight weight, DispatchClass dispatchClass)
    {
        PerDispatchClass<Weight> current = BlockWeight.Get();
        BlockWeight.Set(current.With(dispatchClass, current.Get(dispatchClass).SaturatingAdd(weight)));
    }

    /// <summary>
    /// frame_system <c>finalize</c>: clears the per-block items, prunes the block hash that left the
    /// <see cref="SystemConfig.BlockHashCount"/> window (genesis is kept), and builds the header with the extrinsics root
    /// (ordered trie, V0 for system version ≤ 1) and the state root (V1) of the state as finalization leaves it.
    /// </summary>
    public Header Finalize(IStorageRoot storageRoot)
    {
        ArgumentNullException.ThrowIfNull(storageRoot);
        ExecutionPhase.Remove();
        AllExtrinsicsLen.Remove();
        Storage.Delete(IntrablockEntropyKey);
        InherentsApplied.Remove();

        uint number = Number.Get();
        Hash256 parentHash = ParentHash.Get();
        DigestItem[] digest = Digest.Get();

        uint count = ExtrinsicCount.Take();
        var extrinsics = new byte[count][];
        for (uint i = 0; i < count; i++)
        {
            extrinsics[i] = ExtrinsicData.Get(i);
            ExtrinsicData.Remove(i);
        }
        RuntimeVersion version = Config.Version;
        Hash256 extrinsicsRoot = OrderedTrieRoot.Calculate(extrinsics, version.SystemVersion >= 2 ? StateVersion.V1 : StateVersion.V0);

        // Genesis (0) is never removed: CheckGenesis and immortal transactions read it.
        uint toRemove = SaturatingSub(SaturatingSub(number, Config.BlockHashCount), 1);
        if (toRemove != 0) BlockHash.Remove(toRemove);

        Hash256 stateRoot = storageRoot.Calculate(Storage, version.SystemVersion == 0 ? StateVersion.V0 : StateVersion.V1);
        return new Header(parentHash, number, stateRoot, extrinsicsRoot, digest);
    }

    private void PutU32(ReadOnlySpan<byte> key, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        Storage.Set(key, bytes);
    }

    private static uint SaturatingSub(uint a, uint b) => a > b ? a - b : 0;
}
