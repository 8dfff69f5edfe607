using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Dispatch;
using Kusama.Runtime.Pallets.System;
using Kusama.Runtime.Pallets.Timestamp;
using Kusama.Runtime.Pallets.Utility;
using Kusama.Runtime.Tests.Support;
using Kusama.Scale;

namespace Kusama.Runtime.Tests.Pallets.Utility;

// Reproduces substrate/frame/utility/src/tests.rs with this runtime's calls: remark_with_event (any signed origin; BadOrigin
// for Root) and set_storage (Root only; BadOrigin for a signed origin) stand in for the mock's transfers and foobar.
public class UtilityPalletTests
{
    private static readonly AccountId32 Alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");

    private static readonly DispatchError CallFiltered = DispatchError.Module(KusamaRuntime.SystemIndex, (byte)SystemError.CallFiltered);

    private static RuntimeCall RemarkWithEvent(byte b) => new RuntimeCall.System(new SystemCall.RemarkWithEvent([b]));

    private static RuntimeCall SetStorage(byte key) => new RuntimeCall.System(new SystemCall.SetStorage([([key], [key])]));

    private static RuntimeCall Batch(params RuntimeCall[] calls) => new RuntimeCall.Utility(new UtilityCall.Batch(calls));

    private static RuntimeCall BatchAll(params RuntimeCall[] calls) => new RuntimeCall.Utility(new UtilityCall.BatchAll(calls));

    private static RuntimeCall ForceBatch(params RuntimeCall[] calls) => new RuntimeCall.Utility(new UtilityCall.ForceBatch(calls));

    private static RuntimeEvent Utility(UtilityEvent e) => new RuntimeEvent.Utility(e);

    private static RuntimeEvent Remarked(AccountId32 who, byte b) => new RuntimeEvent.System(new SystemEvent.Remarked(who, Blake2b.Hash256(new[] { b })));

    private static Weight WeightOf(RuntimeCall call) => KusamaRuntime.GetDispatchInfo(call).Weight;

    private static Weight ActualWeight(RuntimeCall call, DispatchResult result) => KusamaRuntime.GetDispatchInfo(call).ActualWeight(result.PostInfo);

    [Theory]
    // Expected ids from @polkadot/util-crypto createKeyDerived(Alice, index).
    [InlineData(0, "0x799239e4ab0a3de63582363422f344346eb55bee62885a84a0c8aaf5aa564995")]
    [InlineData(1, "0xf81356d1fe5954303680a6ef99d48f22bf3cd232274d7a471d3cf7c65f65f653")]
    [InlineData(513, "0xe5cf18ac390f80559ad79cb3d3a9e339463fef8434d2f5cb69df708d716f69fd")]
    public void Derivative_account_id_matches_polkadot_js(ushort index, string expected)
    {
        Assert.Equal(AccountId32.Parse(expected), UtilityPallet.DerivativeAccountId(Alice, index));
    }

    [Fact]
    public void As_derivative_dispatches_from_the_pseudonym()
    {
        var ext = new ExtBuilder().Build();
        var call = new RuntimeCall.Utility(new UtilityCall.AsDerivative(0, RemarkWithEvent(7)));
        DispatchResult result = ext.Runtime.Dispatch(call, Origin.Signed(Alice));
        ext.AssertOk(result);
        ext.AssertLastEvent(Remarked(AccountId32.Parse("0x799239e4ab0a3de63582363422f344346eb55bee62885a84a0c8aaf5aa564995"), 7));
        Assert.Equal(WeightOf(call), ActualWeight(call, result));
    }

    [Fact]
    public void As_derivative_weighs_its_own_work_the_pseudonyms_account_and_the_inner_call()
    {
        var inner = RemarkWithEvent(1);
        DispatchInfo info = KusamaRuntime.GetDispatchInfo(new RuntimeCall.Utility(new UtilityCall.AsDerivative(0, inner)));
        // as_derivative 7,000,000 ps + one read (25 µs) and one write (100 µs) of the pseudonym's account.
        Assert.Equal(Weight.FromParts(132_000_000, 0).SaturatingAdd(WeightOf(inner)), info.Weight);
        Assert.Equal(DispatchClass.Normal, info.Class);
    }

    [Fact]
    public void As_derivative_needs_a_signed_origin_and_reports_the_inner_error_with_its_weight()
    {
        var ext = new ExtBuilder().Build();
        var failing = new RuntimeCall.Utility(new UtilityCall.AsDerivative(1, SetStorage(1)));
        ext.AssertNoop(r => r.Dispatch(failing, Origin.Root), DispatchError.BadOrigin);
        ext.AssertNoop(r => r.Dispatch(failing, Origin.Signed(Alice)), DispatchError.BadOrigin);
        DispatchResult result = ext.Runtime.Dispatch(failing, Origin.Signed(Alice));
        Assert.Equal(WeightOf(failing), result.PostInfo.ActualWeight);
    }

    [Fact]
    public void Batch_with_root_works()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(Batch(SetStorage(1), SetStorage(2)), Origin.Root));
        Assert.Equal(new byte[] { 1 }, ext.Storage.Get([1]));
        Assert.Equal(new byte[] { 2 }, ext.Storage.Get([2]));
        Assert.Equal(
            [Utility(new UtilityEvent.ItemCompleted()), Utility(new UtilityEvent.ItemCompleted()), Utility(new UtilityEvent.BatchCompleted())],
            ext.Events());
    }

    [Fact]
    public void Batch_with_signed_works()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(Batch(RemarkWithEvent(1), RemarkWithEvent(2)), Origin.Signed(Alice)));
        Assert.Equal(
            [Remarked(Alice, 1), Utility(new UtilityEvent.ItemCompleted()), Remarked(Alice, 2), Utility(new UtilityEvent.ItemCompleted()), Utility(new UtilityEvent.BatchCompleted())],
            ext.Events());
    }

    [Fact]
    public void Batch_stops_at_the_first_failing_call_and_keeps_what_ran()
    {
        var ext = new ExtBuilder().Build();
        RuntimeCall batch = Batch(SetStorage(1), RemarkWithEvent(9), SetStorage(2));
        DispatchResult result = ext.Runtime.Dispatch(batch, Origin.Root);
        ext.AssertOk(result);
        Assert.Equal(new byte[] { 1 }, ext.Storage.Get([1]));
        Assert.Null(ext.Storage.Get([2]));
        Assert.Equal(
            [Utility(new UtilityEvent.ItemCompleted()), Utility(new UtilityEvent.BatchInterrupted(1, DispatchError.BadOrigin))],
            ext.Events());
        // Charged for the two calls that ran, plus batch(2).
        Assert.Equal(UtilityWeights.Batch(2).SaturatingAdd(WeightOf(SetStorage(1))).SaturatingAdd(WeightOf(RemarkWithEvent(9))), ActualWeight(batch, result));
    }

    [Fact]
    public void Batch_weight_is_the_inner_weights_plus_Kusamas_batch_weight()
    {
        RuntimeCall batch = Batch(RemarkWithEvent(1), SetStorage(2));
        // v1.7.1 pallet_utility batch(c) = 25,630,340 + 4,340,977 c.
        Weight expected = Weight.FromParts(25_630_340 + 2 * 4_340_977, 0).SaturatingAdd(WeightOf(RemarkWithEvent(1))).SaturatingAdd(WeightOf(SetStorage(2)));
        Assert.Equal(new DispatchInfo(expected, DispatchClass.Normal, Pays.Yes), KusamaRuntime.GetDispatchInfo(batch));
    }

    [Fact]
    public void Batch_class_is_operational_only_when_no_inner_call_is_normal()
    {
        Assert.Equal(DispatchClass.Operational, KusamaRuntime.GetDispatchInfo(Batch(SetStorage(1), SetStorage(2))).Class);
        Assert.Equal(DispatchClass.Normal, KusamaRuntime.GetDispatchInfo(Batch(SetStorage(1), RemarkWithEvent(2))).Class);
        Assert.Equal(DispatchClass.Operational, KusamaRuntime.GetDispatchInfo(BatchAll()).Class);
        // A mandatory call does not make the batch Normal (FRAME folds from Operational and only Normal changes it).
        Assert.Equal(DispatchClass.Operational, KusamaRuntime.GetDispatchInfo(ForceBatch(new RuntimeCall.Timestamp(new TimestampCall.Set(1)))).Class);
    }

    [Fact]
    public void Batch_weight_calculation_does_not_overflow()
    {
        var huge = new RuntimeCall.Utility(new UtilityCall.WithWeight(SetStorage(1), Weight.FromParts(ulong.MaxValue / 2, ulong.MaxValue / 2)));
        Assert.Equal(Weight.MaxValue, KusamaRuntime.GetDispatchInfo(Batch(huge, huge, huge)).Weight);
    }

    [Fact]
    public void Nested_batches_refund_the_weight_of_calls_that_did_not_run()
    {
        var ext = new ExtBuilder().Build();
        RuntimeCall inner = Batch(RemarkWithEvent(1), SetStorage(2), RemarkWithEvent(3));
        RuntimeCall outer = Batch(inner, RemarkWithEvent(4));
        DispatchResult result = ext.Runtime.Dispatch(outer, Origin.Signed(Alice));
        ext.AssertOk(result);
        Weight innerActual = UtilityWeights.Batch(2).SaturatingAdd(WeightOf(RemarkWithEvent(1))).SaturatingAdd(WeightOf(SetStorage(2)));
        Assert.Equal(UtilityWeights.Batch(2).SaturatingAdd(innerActual).SaturatingAdd(WeightOf(RemarkWithEvent(4))), ActualWeight(outer, result));
        Assert.True(ActualWeight(outer, result).RefTime < WeightOf(outer).RefTime);
        Assert.Equal(
            [
                Remarked(Alice, 1), Utility(new UtilityEvent.ItemCompleted()),
                Utility(new UtilityEvent.BatchInterrupted(1, DispatchError.BadOrigin)),
                Utility(new UtilityEvent.ItemCompleted()),
                Remarked(Alice, 4), Utility(new UtilityEvent.ItemCompleted()),
                Utility(new UtilityEvent.BatchCompleted()),
            ],
            ext.Events());
    }

    [Fact]
    public void Batch_all_works()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(BatchAll(SetStorage(1), SetStorage(2)), Origin.Root));
        Assert.Equal(new byte[] { 2 }, ext.Storage.Get([2]));
        ext.AssertLastEvent(Utility(new UtilityEvent.BatchCompleted()));
    }

    [Fact]
    public void Batch_all_reverts_everything_when_a_call_fails()
    {
        var ext = new ExtBuilder().Build();
        RuntimeCall batchAll = BatchAll(SetStorage(1), RemarkWithEvent(9), SetStorage(2));
        ext.AssertNoop(r => r.Dispatch(batchAll, Origin.Root), DispatchError.BadOrigin);
        Assert.Empty(ext.Events());
        DispatchResult result = ext.Runtime.Dispatch(batchAll, Origin.Root);
        Assert.Equal(UtilityWeights.BatchAll(2).SaturatingAdd(WeightOf(SetStorage(1))).SaturatingAdd(WeightOf(RemarkWithEvent(9))), result.PostInfo.ActualWeight);
        Assert.Equal(Pays.Yes, result.PostInfo.PaysFee);
    }

    [Fact]
    public void Batch_all_does_not_nest_for_a_signed_origin()
    {
        var ext = new ExtBuilder().Build();
        RuntimeCall inner = BatchAll(RemarkWithEvent(1), RemarkWithEvent(2));
        RuntimeCall outer = BatchAll(inner);
        ext.AssertNoop(r => r.Dispatch(outer, Origin.Signed(Alice)), CallFiltered);
        Assert.Equal(UtilityWeights.BatchAll(1).SaturatingAdd(WeightOf(inner)), ext.Runtime.Dispatch(outer, Origin.Signed(Alice)).PostInfo.ActualWeight);

        // The filter persists through other wrappers: batch_all(batch(batch_all(..))) ends Ok without running the inner calls.
        ext.AssertOk(ext.Runtime.Dispatch(BatchAll(Batch(inner)), Origin.Signed(Alice)));
        ext.AssertHasEvent(Utility(new UtilityEvent.BatchInterrupted(0, CallFiltered)));
        Assert.DoesNotContain(Remarked(Alice, 1), ext.Events());
    }

    [Fact]
    public void Batch_all_nests_for_root_and_outside_batch_all()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(BatchAll(BatchAll(SetStorage(1))), Origin.Root));
        Assert.Equal(new byte[] { 1 }, ext.Storage.Get([1]));
        ext.AssertOk(ext.Runtime.Dispatch(Batch(BatchAll(RemarkWithEvent(5))), Origin.Signed(Alice)));
        ext.AssertHasEvent(Remarked(Alice, 5));
    }

    [Fact]
    public void Batch_limit_is_Kusamas_and_enforced()
    {
        // Kusama metadata: Utility.batched_calls_limit = 0xaa2a0000 (10,922).
        Assert.Equal(10_922u, UtilityConfig.Kusama.BatchedCallsLimit);
        Assert.Equal(10_922u, UtilityConfig.ComputeBatchedCallsLimit(500));
        var ext = new ExtBuilder().Build();
        var calls = new RuntimeCall[10_923];
        Array.Fill(calls, new RuntimeCall.System(new SystemCall.Remark([])));
        DispatchError tooMany = DispatchError.Module(KusamaRuntime.UtilityIndex, (byte)UtilityError.TooManyCalls);
        ext.AssertNoop(r => r.Dispatch(Batch(calls), Origin.Signed(Alice)), tooMany);
        ext.AssertNoop(r => r.Dispatch(BatchAll(calls), Origin.Signed(Alice)), tooMany);
        ext.AssertNoop(r => r.Dispatch(ForceBatch(calls), Origin.Signed(Alice)), tooMany);
    }

    [Fact]
    public void Force_batch_runs_every_call_and_reports_failures()
    {
        var ext = new ExtBuilder().Build();
        RuntimeCall forceBatch = ForceBatch(RemarkWithEvent(1), SetStorage(2), RemarkWithEvent(3));
        DispatchResult result = ext.Runtime.Dispatch(forceBatch, Origin.Signed(Alice));
        ext.AssertOk(result);
        Assert.Equal(
            [
                Remarked(Alice, 1), Utility(new UtilityEvent.ItemCompleted()),
                Utility(new UtilityEvent.ItemFailed(DispatchError.BadOrigin)),
                Remarked(Alice, 3), Utility(new UtilityEvent.ItemCompleted()),
                Utility(new UtilityEvent.BatchCompletedWithErrors()),
            ],
            ext.Events());
        // FRAME reports batch's base weight (not force_batch's) for the actual weight.
        Assert.Equal(UtilityWeights.Batch(3).SaturatingAdd(WeightOf(RemarkWithEvent(1))).SaturatingAdd(WeightOf(SetStorage(2))).SaturatingAdd(WeightOf(RemarkWithEvent(3))), result.PostInfo.ActualWeight);

        ext.AssertOk(ext.Runtime.Dispatch(ForceBatch(RemarkWithEvent(4), RemarkWithEvent(5)), Origin.Signed(Alice)));
        ext.AssertLastEvent(Utility(new UtilityEvent.BatchCompleted()));
    }

    [Fact]
    public void None_origin_does_not_work()
    {
        var ext = new ExtBuilder().Build();
        ext.AssertNoop(r => r.Dispatch(ForceBatch(), Origin.None), DispatchError.BadOrigin);
        ext.AssertNoop(r => r.Dispatch(Batch(), Origin.None), DispatchError.BadOrigin);
        ext.AssertNoop(r => r.Dispatch(BatchAll(), Origin.None), DispatchError.BadOrigin);
    }

    [Fact]
    public void Batch_does_not_work_with_inherents()
    {
        // FRAME's mock filters Timestamp (CallFiltered); Kusama's filter admits it and set's ensure_none refuses.
        var ext = new ExtBuilder().Build();
        ext.AssertOk(ext.Runtime.Dispatch(Batch(new RuntimeCall.Timestamp(new TimestampCall.Set(42))), Origin.Signed(Alice)));
        ext.AssertLastEvent(Utility(new UtilityEvent.BatchInterrupted(0, DispatchError.BadOrigin)));
        ext.AssertOk(ext.Runtime.Dispatch(ForceBatch(new RuntimeCall.Timestamp(new TimestampCall.Set(42))), Origin.Root));
        ext.AssertLastEvent(Utility(new UtilityEvent.BatchCompletedWithErrors()));
        Assert.False(ext.Runtime.Timestamp.DidUpdate.Exists());
    }

    [Fact]
    public void Dispatch_as_runs_the_call_with_the_given_origin()
    {
        var ext = new ExtBuilder().Build();
        var asAlice = new RuntimeCall.Utility(new UtilityCall.DispatchAs(new OriginCaller.System(Origin.Signed(Alice)), RemarkWithEvent(3)));
        ext.AssertOk(ext.Runtime.Dispatch(asAlice, Origin.Root));
        Assert.Equal([Remarked(Alice, 3), Utility(new UtilityEvent.DispatchedAs(DispatchResult.Ok))], ext.Events());

        var asRoot = new RuntimeCall.Utility(new UtilityCall.DispatchAs(new OriginCaller.System(Origin.Root), SetStorage(4)));
        ext.AssertOk(ext.Runtime.Dispatch(asRoot, Origin.Root));
        Assert.Equal(new byte[] { 4 }, ext.Storage.Get([4]));
    }

    [Fact]
    public void Dispatch_as_succeeds_and_reports_the_inner_error()
    {
        var ext = new ExtBuilder().Build();
        var asNone = new RuntimeCall.Utility(new UtilityCall.DispatchAs(new OriginCaller.System(Origin.None), SetStorage(1)));
        ext.AssertOk(ext.Runtime.Dispatch(asNone, Origin.Root));
        ext.AssertLastEvent(Utility(new UtilityEvent.DispatchedAs(DispatchResult.Failure(DispatchError.BadOrigin))));
        Assert.Null(ext.Storage.Get([1]));
    }

    [Fact]
    public void Dispatch_as_needs_root()
    {
        var ext = new ExtBuilder().Build();
        var call = new RuntimeCall.Utility(new UtilityCall.DispatchAs(new OriginCaller.System(Origin.Root), SetStorage(1)));
        ext.AssertNoop(r => r.Dispatch(call, Origin.Signed(Alice)), DispatchError.BadOrigin);
        // dispatch_as 10,611,000 ps plus the inner call, with its class.
        Assert.Equal(new DispatchInfo(Weight.FromParts(10_611_000, 0).SaturatingAdd(WeightOf(SetStorage(1))), DispatchClass.Operational), KusamaRuntime.GetDispatchInfo(call));
    }

    [Fact]
    public void With_weight_declares_the_given_weight_and_the_inner_class()
    {
        var upgrade = new RuntimeCall.System(new SystemCall.SetCodeWithoutChecks([]));
        Assert.Equal(SystemWeights.SetCode(), WeightOf(upgrade));
        var withWeight = new RuntimeCall.Utility(new UtilityCall.WithWeight(upgrade, Weight.FromParts(123, 456)));
        Assert.Equal(new DispatchInfo(Weight.FromParts(123, 456), DispatchClass.Operational), KusamaRuntime.GetDispatchInfo(withWeight));
    }

    [Fact]
    public void With_weight_dispatches_as_root_and_needs_root()
    {
        var ext = new ExtBuilder().Build();
        var call = new RuntimeCall.Utility(new UtilityCall.WithWeight(SetStorage(7), Weight.FromParts(1, 1)));
        ext.AssertNoop(r => r.Dispatch(call, Origin.Signed(Alice)), DispatchError.BadOrigin);
        ext.AssertOk(ext.Runtime.Dispatch(call, Origin.Root));
        Assert.Equal(new byte[] { 7 }, ext.Storage.Get([7]));
        var failing = new RuntimeCall.Utility(new UtilityCall.WithWeight(RemarkWithEvent(1), Weight.FromParts(1, 1)));
        ext.AssertNoop(r => r.Dispatch(failing, Origin.Root), DispatchError.BadOrigin);
    }

    [Fact]
    public void The_deepest_decodable_batch_dispatches_within_the_transactional_limit()
    {
        var ext = new ExtBuilder().Build();
        RuntimeCall call = RemarkWithEvent(1);
        for (int i = 0; i < RuntimeCall.MaxExtrinsicDepth; i++) call = Batch(call);
        // Each level opens a storage layer; past sp-runtime's TRANSACTIONAL_LIMIT (255) the innermost dispatch fails cleanly.
        ext.AssertOk(ext.Runtime.Dispatch(call, Origin.Signed(Alice)));
        ext.AssertHasEvent(Utility(new UtilityEvent.BatchInterrupted(0, DispatchError.Transactional(TransactionalError.LimitReached))));
        Assert.DoesNotContain(Remarked(Alice, 1), ext.Events());
    }
}
