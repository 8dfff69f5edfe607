using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Extensions;
using Kusama.Runtime.Pallets.System;

namespace Kusama.Runtime.Benchmarking;

/// <summary>
/// pallet_transaction_payment's benchmark (frame/transaction-payment/src/benchmarking.rs): the ChargeTransactionPayment
/// extension's validate, prepare (withdraw the fee and tip) and post-dispatch (refund, split, event) for an empty remark.
/// </summary>
public static class TransactionPaymentBenchmarks
{
    /// <summary>The pallet's benchmarks in FRAME's order.</summary>
    public static PalletBenchmarks Pallet { get; } = new("TransactionPayment", "pallet_transaction_payment", "TransactionPaymentWeights", "Kusama.Runtime.Pallets.TransactionPayment",
    [
        new Benchmark("charge_transaction_payment", null, ChargeTransactionPayment, 3_593),
    ]);

    private static BenchmarkCall ChargeTransactionPayment(KusamaRuntime runtime, uint component)
    {
        AccountId32 caller = BenchmarkAccounts.Account("caller", 0, 0);
        Balance ed = runtime.Balances.Config.ExistentialDeposit;
        DispatchResult funded = runtime.Balances.MintInto(caller, ed * 1000, out _);
        if (funded.IsError) throw new InvalidOperationException($"Benchmark setup step 'mint' failed: {funded.Error}.");

        var call = new RuntimeCall.System(new SystemCall.Remark([]));
        // FRAME's numbers: declared call weight 100, actual 10 (so there is a refund), Operational, a tip of one ED, length 10.
        var info = new DispatchInfo(Weight.FromParts(100, 0), DispatchClass.Operational);
        var extra = new KusamaSignedExtra(Era.Immortal, 0, ed, MetadataHashMode.Disabled);
        var post = new PostDispatchInfo(Weight.FromParts(10, 0));
        return new BenchmarkCall(r => Run(r, caller, call, info, extra, post), []);
    }

    private static DispatchResult Run(KusamaRuntime runtime, AccountId32 caller, RuntimeCall call, DispatchInfo info, KusamaSignedExtra extra, PostDispatchInfo post)
    {
        var extension = new Extensions.ChargeTransactionPayment(runtime);
        var tx = new TransactionContext(caller, call, info, 10, extra, TransactionSource.External);
        tx.Info = info with { Weight = info.Weight.SaturatingAdd(extension.Weight(tx)) };
        ValidTransaction? validity = null;
        if (extension.Validate(ref tx, ref validity) is { } invalid) return DispatchError.Other($"validate: {invalid}");
        if (extension.Prepare(ref tx) is { } unpaid) return DispatchError.Other($"prepare: {unpaid}");
        Weight unspent = Weight.Zero;
        if (extension.PostDispatch(ref tx, post, DispatchResult.Ok, ref unspent) is { } failed) return DispatchError.Other($"post-dispatch: {failed}");
        return DispatchResult.Ok;
    }
}
