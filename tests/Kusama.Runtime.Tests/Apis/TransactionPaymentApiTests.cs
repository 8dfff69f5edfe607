using System.Numerics;
using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.Runtime.Apis;
using Kusama.Runtime.Extensions;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Runtime.Tests.Executive;
using Kusama.Scale;
using Kusama.State;

namespace Kusama.Runtime.Tests.Apis;

public class TransactionPaymentApiTests
{
    private static readonly KeyPair Alice = TestChain.Alice(KeyScheme.Sr25519);
    private static readonly KeyPair Bob = TestChain.Bob(KeyScheme.Sr25519);

    private static IRuntimeApi Open(TestChain chain)
    {
        chain.Open(out StorageOverlay genesis);
        return new KusamaRuntimeApi(new OverlayStorage(genesis));
    }

    /// <summary>
    /// Kusama's fee formula computed here independently with BigInteger: WeightToFee(w) = Perbill::from_rational(CENTS,
    /// 10 × 124,706,000) (rounded down) applied to w (nearest, prefer down); fee = WeightToFee(base extrinsic) +
    /// 3,333,330 × len + multiplier (1) × WeightToFee(weight).
    /// </summary>
    private static BigInteger KusamaFee(ulong refTime, int length)
    {
        BigInteger parts = BigInteger.Divide(new BigInteger(KusamaConstants.Cents) * 1_000_000_000, new BigInteger(10UL * 124_706_000));
        BigInteger WeightToFee(ulong w)
        {
            BigInteger product = parts * w;
            BigInteger quotient = BigInteger.DivRem(product, 1_000_000_000, out BigInteger remainder);
            return remainder * 2 > 1_000_000_000 ? quotient + 1 : quotient;
        }
        return WeightToFee(124_706_000) + new BigInteger(3_333_330) * length + WeightToFee(refTime);
    }

    [Fact]
    public void Query_info_of_a_transfer_keep_alive_gives_kusamas_fee()
    {
        var chain = new TestChain(null, Alice);
        var call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(Bob.AccountId), 12_345UL));
        byte[] xt = chain.Sign(Alice, call, nonce: 0);
        byte[] args = [.. xt, .. BitConverter.GetBytes((uint)xt.Length)];

        var api = (KusamaRuntimeApi)Open(chain);
        var info = ScaleCodec.Decode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(api.Call("TransactionPaymentApi_query_info", args));

        // query_info's weight is the call's plus the extensions' (total_weight); no base extrinsic weight.
        Weight expectedWeight = BalancesWeights.TransferKeepAlive();
        foreach (var extension in api.Executive.Extensions.Items) expectedWeight = expectedWeight.SaturatingAdd(ExtensionWeight(extension));
        Assert.Equal(expectedWeight, info.Weight);
        Assert.Equal(KusamaFee(info.Weight.RefTime, xt.Length), (BigInteger)info.PartialFee.Value);
    }

    [Fact]
    public void The_fee_query_info_reports_is_the_fee_actually_paid()
    {
        var chain = new TestChain(null, Alice);
        var call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new MultiAddress.Id(Bob.AccountId), 1_000_000_000UL));
        byte[] xt = chain.Sign(Alice, call, nonce: 0);
        var info = ScaleCodec.Decode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(
            Open(chain).Call("TransactionPaymentApi_query_info", [.. xt, .. BitConverter.GetBytes((uint)xt.Length)]));

        var executive = chain.Open();
        TestChain.Start(executive, TestChain.Block1Header());
        Assert.True(executive.ApplyExtrinsic(xt).IsDispatchOk);
        var paid = Assert.Single(executive.Runtime.System.ReadEvents(), e => e.Event is RuntimeEvent.TransactionPayment);
        var feePaid = (TransactionPaymentEvent.TransactionFeePaid)((RuntimeEvent.TransactionPayment)paid.Event).Event;
        Assert.Equal(info.PartialFee, feePaid.ActualFee);
        // 80 % of the fee reached the treasury (the author's 20 % is burnt while no author is known).
        Assert.Equal(feePaid.ActualFee * 80UL / 100UL, executive.Runtime.Balances.FreeBalance(ChargeTransactionPayment.TreasuryAccount));
        Assert.Equal((Balance)(1_000_000_000_000UL - 1_000_000_000UL) - feePaid.ActualFee, executive.Runtime.Balances.FreeBalance(Alice.AccountId));
    }

    [Fact]
    public void Weight_and_length_to_fee_follow_kusamas_converters()
    {
        IRuntimeApi api = Open(new TestChain());
        byte[] weight = ScaleCodec.Encode<Weight, Kusama.Scale.Codecs.WeightCodec>(Weight.FromParts(124_706_000, 0));
        Assert.Equal(KusamaFee(0, 0), (BigInteger)ScaleCodec.Decode<Balance, Kusama.Scale.Codecs.BalanceCodec>(api.Call("TransactionPaymentApi_query_weight_to_fee", weight)).Value);
        Assert.Equal(3_333_330UL * 100, (ulong)ScaleCodec.Decode<Balance, Kusama.Scale.Codecs.BalanceCodec>(api.Call("TransactionPaymentApi_query_length_to_fee", BitConverter.GetBytes(100u))));
    }

    private static Weight ExtensionWeight(Kusama.Runtime.Executive.TransactionExtension extension)
    {
        var tx = new Kusama.Runtime.Executive.TransactionContext(Alice.AccountId, TestChain.Remark([]), default, 0, default, Kusama.Frame.Transactions.TransactionSource.External);
        return extension.Weight(tx);
    }
}
