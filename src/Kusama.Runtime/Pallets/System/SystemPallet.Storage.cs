using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Frame.Storage.Hashers;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

// frame_system's storage, in Kusama's metadata order. Item names are the storage keys' second part: never rename.
public sealed partial class SystemPallet
{
    /// <summary>The full account information for a particular account ID.</summary>
    public StorageMap<AccountId32, AccountInfo, AccountId32Codec, AccountInfo, Blake2_128Concat> Account { get; private set; } = null!;

    /// <summary>Total extrinsics count for the current block.</summary>
    public StorageValue<uint, U32Codec> ExtrinsicCount { get; private set; } = null!;

    /// <summary>Whether all inherents have been applied.</summary>
    public StorageValue<bool, BoolCodec> InherentsApplied { get; private set; } = null!;

    /// <summary>The current weight for the block.</summary>
    public StorageValue<PerDispatchClass<Weight>, PerDispatchClassCodec<Weight, WeightCodec>> BlockWeight { get; private set; } = null!;

    /// <summary>Total length (in bytes) for all extrinsics put together, for the current block.</summary>
    public StorageValue<uint, U32Codec> AllExtrinsicsLen { get; private set; } = null!;

    /// <summary>Map of block numbers to block hashes.</summary>
    public StorageMap<uint, Hash256, U32Codec, Hash256Codec, Twox64Concat> BlockHash { get; private set; } = null!;

    /// <summary>Extrinsics data for the current block (maps an extrinsic's index to its data).</summary>
    public StorageMap<uint, byte[], U32Codec, BytesCodec, Twox64Concat> ExtrinsicData { get; private set; } = null!;

    /// <summary>The current block number being processed. Set by <c>execute_block</c>.</summary>
    public StorageValue<uint, U32Codec> Number { get; private set; } = null!;

    /// <summary>Hash of the previous block.</summary>
    public StorageValue<Hash256, Hash256Codec> ParentHash { get; private set; } = null!;

    /// <summary>Digest of the current block, also part of the block header.</summary>
    public StorageValue<DigestItem[], VecCodec<DigestItem, DigestItem>> Digest { get; private set; } = null!;

    /// <summary>Events deposited for the current block.</summary>
    public StorageValue<EventRecord[], VecCodec<EventRecord, EventRecord>> Events { get; private set; } = null!;

    /// <summary>The number of events in the <c>Events&lt;T&gt;</c> list.</summary>
    public StorageValue<uint, U32Codec> EventCount { get; private set; } = null!;

    /// <summary>Mapping between a topic (represented by T::Hash) and a vector of indexes of events in the <c>&lt;Events&lt;T&gt;&gt;</c> list.</summary>
    public StorageMap<Hash256, (uint, uint)[], Hash256Codec, VecCodec<(uint, uint), TupleCodec<uint, uint, U32Codec, U32Codec>>, Blake2_128Concat> EventTopics { get; private set; } = null!;

    /// <summary>Stores the <c>spec_version</c> and <c>spec_name</c> of when the last runtime upgrade happened.</summary>
    public StorageValue<LastRuntimeUpgradeInfo, LastRuntimeUpgradeInfo> LastRuntimeUpgrade { get; private set; } = null!;

    /// <summary>True if we have upgraded so that <c>type RefCount</c> is <c>u32</c>. False (default) if not.</summary>
    public StorageValue<bool, BoolCodec> UpgradedToU32RefCount { get; private set; } = null!;

    /// <summary>True if we have upgraded so that AccountInfo contains three types of <c>RefCount</c>. False (default) if not.</summary>
    public StorageValue<bool, BoolCodec> UpgradedToTripleRefCount { get; private set; } = null!;

    /// <summary>The execution phase of the block.</summary>
    public StorageValue<Phase, Phase> ExecutionPhase { get; private set; } = null!;

    /// <summary><c>Some</c> if a code upgrade has been authorized.</summary>
    public StorageValue<CodeUpgradeAuthorization, CodeUpgradeAuthorization> AuthorizedUpgrade { get; private set; } = null!;

    private void InitializeStorage(IStorage storage)
    {
        const string prefix = "System";
        Account = new(storage, prefix, nameof(Account), AccountInfo.Default);
        ExtrinsicCount = new(storage, prefix, nameof(ExtrinsicCount));
        InherentsApplied = new(storage, prefix, nameof(InherentsApplied), false);
        BlockWeight = new(storage, prefix, nameof(BlockWeight), default(PerDispatchClass<Weight>));
        AllExtrinsicsLen = new(storage, prefix, nameof(AllExtrinsicsLen));
        BlockHash = new(storage, prefix, nameof(BlockHash), default(Hash256));
        ExtrinsicData = new(storage, prefix, nameof(ExtrinsicData), []);
        Number = new(storage, prefix, nameof(Number), 0u);
        ParentHash = new(storage, prefix, nameof(ParentHash), default(Hash256));
        Digest = new(storage, prefix, nameof(Digest), []);
        Events = new(storage, prefix, nameof(Events), []);
        EventCount = new(storage, prefix, nameof(EventCount), 0u);
        EventTopics = new(storage, prefix, nameof(EventTopics), []);
        LastRuntimeUpgrade = new(storage, prefix, nameof(LastRuntimeUpgrade));
        UpgradedToU32RefCount = new(storage, prefix, nameof(UpgradedToU32RefCount), false);
        UpgradedToTripleRefCount = new(storage, prefix, nameof(UpgradedToTripleRefCount), false);
        ExecutionPhase = new(storage, prefix, nameof(ExecutionPhase));
        AuthorizedUpgrade = new(storage, prefix, nameof(AuthorizedUpgrade));
    }
}
