using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame;
using Kusama.Frame.Dispatch;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Transactions;
using Kusama.Frame.Primitives;
using Kusama.Frame.Storage;
using Kusama.Runtime.NativeRuntime;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Runtime.Pallets.Utility;

namespace Kusama.Runtime;

/// <summary>
/// The Kusama runtime (<c>construct_runtime!</c>): the pallets at Kusama's indices, in Kusama's order, over the storage of
/// one execution (a block being built or imported, or a runtime-API call). Dispatch of <see cref="RuntimeCall"/> goes
/// through here, each call in its own storage layer.
/// </summary>
public sealed partial class KusamaRuntime : IRuntimeDispatcher
{
    // Pallet indices, as in polkadot-fellows/runtimes v1.7.1 relay/kusama/src/lib.rs construct_runtime!. Never change one.
    public const byte SystemIndex = 0;
    public const byte TimestampIndex = 2;
    public const byte BalancesIndex = 4;
    public const byte UtilityIndex = 24;
    public const byte TransactionPaymentIndex = 33;

    /// <summary>The runtime's version: Kusama's names and spec version 1,007,001 (v1.7.1), with the runtime APIs this runtime serves.</summary>
    public static RuntimeVersion Version { get; } = new(
        SpecName: "kusama",
        ImplName: "parity-kusama",
        AuthoringVersion: 2,
        SpecVersion: 1_007_001,
        ImplVersion: 0,
        Apis: [
            Api("Core", 5),
            Api("Metadata", 2),
            Api("BlockBuilder", 6),
            Api("TaggedTransactionQueue", 3),
            Api("AccountNonceApi", 1),
            Api("TransactionPaymentApi", 4),
            Api("TransactionPaymentCallApi", 3),
            Api("GenesisBuilder", 1),
        ],
        TransactionVersion: 26,
        SystemVersion: 1);

    public KusamaRuntime(IStorage storage, RuntimeConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        Storage = storage;
        Config = config ?? RuntimeConfig.Kusama;
        System = new SystemPallet(storage, Config.System, SystemIndex);
        System.ReadRuntimeVersion = NativeRuntimeRegistry.Compiled.ReadRuntimeVersion;
        Timestamp = new TimestampPallet(storage, Config.Timestamp, TimestampIndex);
        Balances = new BalancesPallet(storage, Config.Balances, System, BalancesIndex);
        Utility = new UtilityPallet(storage, Config.Utility, System, this, UtilityIndex);
        TransactionPayment = new TransactionPaymentPallet(storage, Config.TransactionPayment, System, TransactionPaymentIndex);
        AllPallets = [System, Timestamp, Balances, Utility, TransactionPayment];
        InherentProviders = [new TimestampInherentProvider(Timestamp)];
    }

    /// <summary>Every pallet in <c>construct_runtime!</c> order (hooks run in this order, System first).</summary>
    public IReadOnlyList<IPallet> AllPallets { get; }

    /// <summary>The pallets that create and check inherents (<c>ProvideInherent</c>), in pallet order.</summary>
    public IReadOnlyList<IProvideInherent<RuntimeCall>> InherentProviders { get; }

    /// <summary>
    /// The author of the block being executed, to whom ChargeTransactionPayment pays 20 % of fees and all tips. Kusama reads it
    /// from pallet_authorship (the BABE pre-digest's authority); until that pallet exists the block builder or importer sets
    /// it, and when unknown those credits are burnt as Kusama's <c>ToAuthor</c> does without an author.
    /// </summary>
    public AccountId32? BlockAuthor { get; set; }

    /// <summary>The storage of this execution.</summary>
    public IStorage Storage { get; }

    public RuntimeConfig Config { get; }

    public SystemPallet System { get; }

    public TimestampPallet Timestamp { get; }

    public BalancesPallet Balances { get; }

    public UtilityPallet Utility { get; }

    public TransactionPaymentPallet TransactionPayment { get; }

    /// <summary>
    /// Every pallet's <c>integrity_test</c> (FRAME runs them in tests and at build time; the node runs them at startup): throws
    /// <see cref="InvalidOperationException"/> naming the pallet whose configuration is inconsistent.
    /// </summary>
    public void IntegrityTest()
    {
        foreach (IPallet pallet in AllPallets)
        {
            if (pallet is not Kusama.Frame.Hooks.IIntegrityTest test) continue;
            try
            {
                test.IntegrityTest();
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{pallet.Name} integrity test failed: {e.Message}", e);
            }
        }
    }

    /// <summary>The call's declared weight, class and pays.</summary>
    public static DispatchInfo GetDispatchInfo(RuntimeCall call) => call switch
    {
        RuntimeCall.System c => SystemPallet.GetDispatchInfo(c.Call),
        RuntimeCall.Timestamp c => TimestampPallet.GetDispatchInfo(c.Call),
        RuntimeCall.Utility c => UtilityPallet.GetDispatchInfo(c.Call),
        RuntimeCall.Balances c => BalancesPallet.GetDispatchInfo(c.Call),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a RuntimeCall variant."),
    };

    /// <summary>Dispatches <paramref name="call"/> from <paramref name="origin"/> in a new storage layer, rolled back if it fails.</summary>
    public DispatchResult Dispatch(RuntimeCall call, Origin origin) =>
        StorageLayer.Run(Storage, (this, call, origin), static state => state.Item1.DispatchBypassingLayer(state.call, state.origin));

    /// <summary>Dispatches without opening a storage layer (for callers that already opened one, like <c>batch_all</c>).</summary>
    public DispatchResult DispatchBypassingLayer(RuntimeCall call, Origin origin) => call switch
    {
        RuntimeCall.System c => System.Dispatch(c.Call, origin),
        RuntimeCall.Timestamp c => Timestamp.Dispatch(c.Call, origin),
        RuntimeCall.Utility c => Utility.Dispatch(c.Call, origin),
        RuntimeCall.Balances c => Balances.Dispatch(c.Call, origin),
        _ => throw new ArgumentOutOfRangeException(nameof(call), call, "Not a RuntimeCall variant."),
    };

    /// <summary>True when <paramref name="call"/>, sent bare, is some pallet's inherent (<c>IsInherent</c>).</summary>
    public bool IsInherent(RuntimeCall call)
    {
        foreach (IProvideInherent<RuntimeCall> provider in InherentProviders)
            if (provider.IsInherent(call)) return true;
        return false;
    }

    /// <summary>The runtime's <c>ValidateUnsigned</c>: the owning pallet's answer, or NoUnsignedValidator.</summary>
    public Result<ValidTransaction, TransactionValidityError> ValidateUnsigned(TransactionSource source, RuntimeCall call) => call switch
    {
        RuntimeCall.System c => System.ValidateUnsigned(source, c.Call)!.Value,
        _ => Result<ValidTransaction, TransactionValidityError>.Err(UnknownTransaction.NoUnsignedValidator),
    };

    /// <summary>The runtime's <c>ValidateUnsigned::pre_dispatch</c>; calls of pallets without a validator pass (inherents are checked elsewhere).</summary>
    public TransactionValidityError? PreDispatchUnsigned(RuntimeCall call) => call switch
    {
        RuntimeCall.System c => ((IValidateUnsigned<SystemCall>)System).PreDispatch(c.Call),
        _ => null,
    };

    private static (byte[] Id, uint Version) Api(string name, uint version)
    {
        byte[] id = new byte[8];
        Blake2b.Hash(global::System.Text.Encoding.UTF8.GetBytes(name), id);
        return (id, version);
    }
}
