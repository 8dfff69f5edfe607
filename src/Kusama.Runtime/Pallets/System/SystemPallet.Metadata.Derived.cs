using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using static Kusama.Frame.Metadata.Building.TypeRegistry;

namespace Kusama.Runtime.Pallets.System;

// Derived from SystemPallet's declarations: storage in SystemPallet.Storage.cs, calls in SystemPallet.Calls.cs, events in
// SystemEvent.cs, errors in SystemError.cs, constants in SystemConfig.cs. Names, indices, type names and docs follow them.
public sealed partial class SystemPallet
{
    /// <summary><c>frame_system::pallet::Call&lt;T&gt;</c>: one variant per [Call] method.</summary>
    public static uint CallType(TypeRegistry types)
    {
        uint bytes = types.Bytes();
        uint hash = types.H256();
        return types.Variant(
            ["frame_system", "pallet", "Call"],
            [Param("T", null)],
            [
                VariantOf("remark", 0, [Named("remark", bytes, "Vec<u8>")], ["Make some on-chain remark."]),
                VariantOf("set_heap_pages", 1, [Named("pages", types.U64(), "u64")], ["Set the number of pages in the WebAssembly environment's heap."]),
                VariantOf("set_code", 2, [Named("code", bytes, "Vec<u8>")], ["Set the new runtime code."]),
                VariantOf("set_code_without_checks", 3, [Named("code", bytes, "Vec<u8>")], ["Set the new runtime code without doing any checks of the given `code`."]),
                VariantOf("set_storage", 4, [Named("items", types.Sequence(types.Tuple(bytes, bytes)), "Vec<KeyValue>")], ["Set some items of storage."]),
                VariantOf("kill_storage", 5, [Named("keys", types.Sequence(bytes), "Vec<Key>")], ["Kill some items from storage."]),
                VariantOf("kill_prefix", 6, [Named("prefix", bytes, "Key"), Named("subkeys", types.U32(), "u32")], ["Kill all storage items with a key that starts with the given prefix."]),
                VariantOf("remark_with_event", 7, [Named("remark", bytes, "Vec<u8>")], ["Make some on-chain remark and emit event."]),
                VariantOf("authorize_upgrade", 9, [Named("code_hash", hash, "T::Hash")], ["Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied later."]),
                VariantOf("authorize_upgrade_without_checks", 10, [Named("code_hash", hash, "T::Hash")], ["Authorize an upgrade to a given `code_hash` for the runtime, without version checks when it is applied."]),
                VariantOf("apply_authorized_upgrade", 11, [Named("code", bytes, "Vec<u8>")], ["Provide the preimage (runtime binary) `code` for an upgrade that has been authorized. Any origin may call it; it pays no fee when it succeeds."]),
            ],
            ["Contains a variant per dispatchable extrinsic that this pallet has."]);
    }

    /// <summary><c>frame_system::pallet::Event&lt;T&gt;</c>: one variant per <see cref="SystemEvent"/> record.</summary>
    public static uint EventType(TypeRegistry types)
    {
        uint info = types.DispatchInfo();
        uint account = types.AccountId32();
        uint hash = types.H256();
        return types.Variant(
            ["frame_system", "pallet", "Event"],
            [Param("T", null)],
            [
                VariantOf("ExtrinsicSuccess", 0, [Named("dispatch_info", info, "DispatchInfo")], ["An extrinsic completed successfully."]),
                VariantOf("ExtrinsicFailed", 1, [Named("dispatch_error", types.DispatchError(), "DispatchError"), Named("dispatch_info", info, "DispatchInfo")], ["An extrinsic failed."]),
                VariantOf("CodeUpdated", 2, [], ["`:code` was updated."]),
                VariantOf("NewAccount", 3, [Named("account", account, "T::AccountId")], ["A new account was created."]),
                VariantOf("KilledAccount", 4, [Named("account", account, "T::AccountId")], ["An account was reaped."]),
                VariantOf("Remarked", 5, [Named("sender", account, "T::AccountId"), Named("hash", hash, "T::Hash")], ["On-chain remark happened."]),
                VariantOf("UpgradeAuthorized", 6, [Named("code_hash", hash, "T::Hash"), Named("check_version", types.Bool(), "bool")], ["An upgrade was authorized."]),
            ],
            ["Event for the System pallet."]);
    }

    /// <summary><c>frame_system::pallet::Error&lt;T&gt;</c>: one variant per <see cref="SystemError"/> value.</summary>
    public static uint ErrorType(TypeRegistry types) => types.Variant(
        ["frame_system", "pallet", "Error"],
        [Param("T", null)],
        [
            VariantOf("InvalidSpecName", 0, [], ["The name of specification does not match between the current runtime and the new runtime."]),
            VariantOf("SpecVersionNeedsToIncrease", 1, [], ["The specification version is not allowed to decrease between the current runtime and the new runtime."]),
            VariantOf("FailedToExtractRuntimeVersion", 2, [], ["Failed to extract the runtime version from the new runtime."]),
            VariantOf("NonDefaultComposite", 3, [], ["Suicide called when the account has non-default composite data."]),
            VariantOf("NonZeroRefCount", 4, [], ["There is a non-zero reference count preventing the account from being purged."]),
            VariantOf("CallFiltered", 5, [], ["The origin filter prevent the call to be dispatched."]),
            VariantOf("MultiBlockMigrationsOngoing", 6, [], ["A multi-block migration is ongoing and prevents the current code from being replaced."]),
            VariantOf("NothingAuthorized", 7, [], ["No upgrade authorized."]),
            VariantOf("Unauthorized", 8, [], ["The submitted code is not authorized."]),
        ],
        ["Error for the System pallet."]);

    /// <summary>The pallet's metadata: storage, calls, events, constants (from <paramref name="config"/>) and errors.</summary>
    public static PalletMetadata Metadata(TypeRegistry types, RuntimeTypeIds runtime, SystemConfig config, byte index = KusamaRuntime.SystemIndex)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(config);
        byte[] none = [0];
        uint u32 = types.U32();
        uint hash = types.H256();
        uint @bool = types.Bool();
        var storage = new PalletStorageMetadata("System",
        [
            new("Account", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], types.AccountId32(), SystemTypes.AccountInfo(types)),
                ScaleCodec.Encode(AccountInfo.Default), ["The full account information for a particular account ID."]),
            new("ExtrinsicCount", StorageEntryModifier.Optional, new StorageEntryType.Plain(u32), none,
                ["Total extrinsics count for the current block."]),
            new("InherentsApplied", StorageEntryModifier.Default, new StorageEntryType.Plain(@bool), ScaleCodec.Encode<bool, BoolCodec>(false),
                ["Whether all inherents have been applied."]),
            new("BlockWeight", StorageEntryModifier.Default, new StorageEntryType.Plain(types.PerDispatchClass(types.Weight())),
                ScaleCodec.Encode<PerDispatchClass<Weight>, PerDispatchClassCodec<Weight, WeightCodec>>(default),
                ["The current weight for the block."]),
            new("AllExtrinsicsLen", StorageEntryModifier.Optional, new StorageEntryType.Plain(u32), none,
                ["Total length (in bytes) for all extrinsics put together, for the current block."]),
            new("BlockHash", StorageEntryModifier.Default, new StorageEntryType.Map([StorageHasher.Twox64Concat], u32, hash),
                ScaleCodec.Encode<Hash256, Hash256Codec>(default), ["Map of block numbers to block hashes."]),
            new("ExtrinsicData", StorageEntryModifier.Default, new StorageEntryType.Map([StorageHasher.Twox64Concat], u32, types.Bytes()),
                ScaleCodec.Encode<byte[], BytesCodec>([]), ["Extrinsics data for the current block (maps an extrinsic's index to its data)."]),
            new("Number", StorageEntryModifier.Default, new StorageEntryType.Plain(u32), ScaleCodec.Encode<uint, U32Codec>(0),
                ["The current block number being processed. Set by `execute_block`."]),
            new("ParentHash", StorageEntryModifier.Default, new StorageEntryType.Plain(hash), ScaleCodec.Encode<Hash256, Hash256Codec>(default),
                ["Hash of the previous block."]),
            new("Digest", StorageEntryModifier.Default, new StorageEntryType.Plain(types.Digest()),
                ScaleCodec.Encode<DigestItem[], VecCodec<DigestItem, DigestItem>>([]), ["Digest of the current block, also part of the block header."]),
            new("Events", StorageEntryModifier.Default, new StorageEntryType.Plain(types.Sequence(types.EventRecord(runtime.Event))),
                ScaleCodec.Encode<EventRecord[], VecCodec<EventRecord, EventRecord>>([]), ["Events deposited for the current block."]),
            new("EventCount", StorageEntryModifier.Default, new StorageEntryType.Plain(u32), ScaleCodec.Encode<uint, U32Codec>(0),
                ["The number of events in the `Events<T>` list."]),
            new("EventTopics", StorageEntryModifier.Default,
                new StorageEntryType.Map([StorageHasher.Blake2_128Concat], hash, types.Sequence(types.Tuple(u32, u32))),
                ScaleCodec.Encode<(uint, uint)[], VecCodec<(uint, uint), TupleCodec<uint, uint, U32Codec, U32Codec>>>([]),
                ["Mapping between a topic (represented by T::Hash) and a vector of indexes of events in the `<Events<T>>` list."]),
            new("LastRuntimeUpgrade", StorageEntryModifier.Optional, new StorageEntryType.Plain(SystemTypes.LastRuntimeUpgradeInfo(types)), none,
                ["Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened."]),
            new("UpgradedToU32RefCount", StorageEntryModifier.Default, new StorageEntryType.Plain(@bool), ScaleCodec.Encode<bool, BoolCodec>(false),
                ["True if we have upgraded so that `type RefCount` is `u32`. False (default) if not."]),
            new("UpgradedToTripleRefCount", StorageEntryModifier.Default, new StorageEntryType.Plain(@bool), ScaleCodec.Encode<bool, BoolCodec>(false),
                ["True if we have upgraded so that AccountInfo contains three types of `RefCount`. False (default) if not."]),
            new("ExecutionPhase", StorageEntryModifier.Optional, new StorageEntryType.Plain(types.Phase()), none,
                ["The execution phase of the block."]),
            new("AuthorizedUpgrade", StorageEntryModifier.Optional, new StorageEntryType.Plain(SystemTypes.CodeUpgradeAuthorization(types)), none,
                ["`Some` if a code upgrade has been authorized."]),
        ]);
        PalletConstantMetadata[] constants =
        [
            new("BlockWeights", SystemTypes.BlockWeights(types), ScaleCodec.Encode<Frame.Weights.BlockWeights, BlockWeightsCodec>(config.BlockWeights),
                ["Block and per-class weight limits."]),
            new("BlockLength", SystemTypes.BlockLength(types), ScaleCodec.Encode<Frame.Weights.BlockLength, BlockLengthCodec>(config.BlockLength),
                ["Per-class block length limits, in bytes."]),
            new("BlockHashCount", u32, ScaleCodec.Encode<uint, U32Codec>(config.BlockHashCount),
                ["How many recent block hashes `System.BlockHash` keeps (also the longest mortality), in blocks."]),
            new("DbWeight", types.RuntimeDbWeight(), ScaleCodec.Encode<Frame.Weights.RuntimeDbWeight, RuntimeDbWeightCodec>(config.DbWeight),
                ["Weight charged per storage read and write."]),
            new("Version", types.RuntimeVersion(), config.Version.Encode(), ["The running runtime's version (`System.Version`, `Core_version`)."]),
            new("SS58Prefix", types.U16(), ScaleCodec.Encode<ushort, U16Codec>(config.Ss58Prefix), ["The SS58 address prefix (Kusama: 2)."]),
        ];
        return new PalletMetadata("System", storage, CallType(types), EventType(types), constants, ErrorType(types), index,
            ["frame_system: accounts and their reference counts, nonces, the block's number, parent hash, digest and events, and the Root-only storage calls."]);
    }
}
