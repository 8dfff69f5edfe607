using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Hooks;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Executive;

/// <summary>
/// frame_executive for Kusama: block initialization with hooks, extrinsic application through the extension pipeline,
/// finalization into a header, re-execution of imported blocks with root checks, and transaction validation for the pool.
/// One instance works over one <see cref="KusamaRuntime"/> (one state).
/// </summary>
public sealed partial class Executive
{
    public Executive(KusamaRuntime runtime, IStorageRoot? storageRoot = null, TransactionExtension? chargeTransactionPayment = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        Runtime = runtime;
        StorageRoot = storageRoot ?? ScanningStorageRoot.Instance;
        Extensions = new TransactionExtensions(runtime, chargeTransactionPayment);
    }

    public KusamaRuntime Runtime { get; }

    /// <summary>How the state root is computed at finalization.</summary>
    public IStorageRoot StorageRoot { get; }

    public TransactionExtensions Extensions { get; }

    /// <summary>
    /// Benchmarks only: treats every signature as valid, so a benchmark can time the rest of <c>apply_extrinsic</c>.
    /// Internal on purpose: no caller outside this assembly, its tests and the benchmarks can reach it.
    /// </summary>
    internal bool SkipSignatureVerification { get; set; }

    /// <summary>
    /// Import only: <see cref="ExecuteBlock"/> defers the signature checks of the block's extrinsics into a
    /// <see cref="SignatureBatch"/> verified on every core while execution goes on, and fails the block if any is bad.
    /// <see cref="ApplyExtrinsic"/> and <see cref="ValidateTransaction"/> called directly (block builder, pool) always verify at once.
    /// </summary>
    public bool BatchSignatureVerification { get; set; }

    /// <summary>The batch of the block <see cref="ExecuteBlock"/> is executing with deferred checks, else null.</summary>
    private SignatureBatch? _signatureBatch;

    /// <summary>The index of the extrinsic <see cref="ExecuteBlock"/> is applying (names a deferred check's extrinsic).</summary>
    private int _extrinsicIndex;

    private SystemPallet System => Runtime.System;

    /// <summary>
    /// <c>initialize_block</c>: resets events, runs <c>on_runtime_upgrade</c> when the running version differs from the
    /// last one recorded, initializes System, runs every pallet's <c>on_initialize</c> in order, and books all of it
    /// (plus the base block weight) as Mandatory weight.
    /// </summary>
    public ExtrinsicInclusionMode InitializeBlock(Header header)
    {
        ArgumentNullException.ThrowIfNull(header);
        System.ResetEvents();
        Weight weight = Weight.Zero;
        if (RuntimeUpgraded())
        {
            weight = weight.SaturatingAdd(ExecuteOnRuntimeUpgrade());
            RuntimeVersion version = Runtime.Config.System.Version;
            System.LastRuntimeUpgrade.Set(new LastRuntimeUpgradeInfo(version.SpecVersion, version.SpecName));
        }
        System.Initialize(header.Number, header.ParentHash, header.Digest);
        foreach (var pallet in Runtime.AllPallets)
            if (pallet is IOnInitialize hook) weight = weight.SaturatingAdd(hook.OnInitialize(header.Number));
        weight = weight.SaturatingAdd(Runtime.Config.System.BlockWeights.BaseBlock);
        System.RegisterExtraWeightUnchecked(weight, DispatchClass.Mandatory);
        System.NoteFinishedInitialize();
        // Kusama runs no multi-block migrations, so every block may carry transactions.
        return ExtrinsicInclusionMode.AllExtrinsics;
    }

    /// <summary>
    /// <c>finalize_block</c>: closes the extrinsics phase, runs <c>on_idle</c> with the weight left and <c>on_finalize</c>
    /// of every pallet, then System's finalization into the header.
    /// </summary>
    public Header FinalizeBlock()
    {
        if (!System.InherentsApplied.Get()) System.NoteInherentsApplied();
        System.NoteFinishedExtrinsics();
        uint number = System.BlockNumber;
        RunIdleAndFinalizeHooks(number);
        return System.Finalize(StorageRoot);
    }

    /// <summary>True when <c>System.LastRuntimeUpgrade</c> is absent or names another spec or a lower spec version.</summary>
    private bool RuntimeUpgraded()
    {
        RuntimeVersion current = Runtime.Config.System.Version;
        return !System.LastRuntimeUpgrade.TryGet(out LastRuntimeUpgradeInfo last)
            || current.SpecVersion > last.SpecVersion || current.SpecName != last.SpecName;
    }

    private Weight ExecuteOnRuntimeUpgrade()
    {
        Weight weight = Weight.Zero;
        foreach (var pallet in Runtime.AllPallets)
            if (pallet is IOnRuntimeUpgrade hook) weight = weight.SaturatingAdd(hook.OnRuntimeUpgrade());
        return weight;
    }

    /// <summary>
    /// frame_executive <c>on_idle_hook</c> then <c>on_finalize_hook</c>. The idle hooks share what the block left of its
    /// maximum weight, each getting what the previous ones left, starting at pallet <c>number % count</c> so no pallet
    /// always comes last (the tuple's round robin).
    /// </summary>
    private void RunIdleAndFinalizeHooks(uint number)
    {
        Weight remaining = Runtime.Config.System.BlockWeights.MaxBlock.SaturatingSub(SystemPallet.Total(System.BlockWeight.Get()));
        if (remaining.AllGt(Weight.Zero))
        {
            IReadOnlyList<Frame.IPallet> pallets = Runtime.AllPallets;
            int count = pallets.Count;
            int start = (int)(number % (uint)count);
            Weight used = Weight.Zero;
            for (int i = 0; i < count; i++)
            {
                if (pallets[(start + i) % count] is IOnIdle hook)
                    used = used.SaturatingAdd(hook.OnIdle(number, remaining.SaturatingSub(used)));
            }
            System.RegisterExtraWeightUnchecked(used, DispatchClass.Mandatory);
        }
        foreach (var pallet in Runtime.AllPallets)
            if (pallet is IOnFinalize hook) hook.OnFinalize(number);
    }
}
