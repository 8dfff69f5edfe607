using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Pallets.TransactionPayment;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Apis;

/// <summary>
/// pallet-transaction-payment-rpc-runtime-api <c>TransactionPaymentApi</c> (version 4) and <c>TransactionPaymentCallApi</c>
/// (version 3): fee queries for an extrinsic or a bare call, and the weight-to-fee and length-to-fee conversions.
/// </summary>
public static class TransactionPaymentApi
{
    /// <summary>Registers the TransactionPaymentApi and TransactionPaymentCallApi methods.</summary>
    public static void Register(KusamaRuntimeApi api)
    {
        api.Register("TransactionPaymentApi_query_info", static (executive, args) =>
        {
            (DispatchInfo info, uint length, bool isBare) = ReadExtrinsic(executive, args);
            return ScaleCodec.Encode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(executive.Runtime.TransactionPayment.QueryInfo(info, length, isBare));
        });
        api.Register("TransactionPaymentApi_query_fee_details", static (executive, args) =>
        {
            (DispatchInfo info, uint length, bool isBare) = ReadExtrinsic(executive, args);
            return ScaleCodec.Encode<FeeDetails, FeeDetailsCodec>(executive.Runtime.TransactionPayment.QueryFeeDetails(info, length, isBare));
        });
        api.Register("TransactionPaymentApi_query_weight_to_fee", static (executive, args) => WeightToFee(executive, args));
        api.Register("TransactionPaymentApi_query_length_to_fee", static (executive, args) => LengthToFee(executive, args));
        api.Register("TransactionPaymentCallApi_query_call_info", static (executive, args) =>
        {
            (DispatchInfo info, uint length) = ReadCall(args);
            return ScaleCodec.Encode<RuntimeDispatchInfo, RuntimeDispatchInfoCodec>(executive.Runtime.TransactionPayment.QueryInfo(info, length, isBare: false));
        });
        api.Register("TransactionPaymentCallApi_query_call_fee_details", static (executive, args) =>
        {
            (DispatchInfo info, uint length) = ReadCall(args);
            return ScaleCodec.Encode<FeeDetails, FeeDetailsCodec>(executive.Runtime.TransactionPayment.QueryFeeDetails(info, length, isBare: false));
        });
        api.Register("TransactionPaymentCallApi_query_weight_to_fee", static (executive, args) => WeightToFee(executive, args));
        api.Register("TransactionPaymentCallApi_query_length_to_fee", static (executive, args) => LengthToFee(executive, args));
    }

    /// <summary>
    /// (uxt, len): the extrinsic's dispatch info as <c>GetDispatchInfo</c> of an <c>UncheckedExtrinsic</c> gives it — the
    /// call's info with the transaction extensions' weight added for a signed one — its given length and whether it is bare.
    /// </summary>
    private static (DispatchInfo Info, uint Length, bool IsBare) ReadExtrinsic(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        UncheckedExtrinsic xt = UncheckedExtrinsic.Read<KusamaSignedExtra>(ref reader);
        uint length = reader.ReadUInt32();
        reader.EnsureEnd();
        var call = ScaleCodec.Decode<RuntimeCall>(xt.Call);
        DispatchInfo info = KusamaRuntime.GetDispatchInfo(call);
        if (!xt.IsSigned) return (info, length, true);
        var extra = ScaleCodec.Decode<KusamaSignedExtra>(xt.Extensions);
        xt.TryGetAccountId(out AccountId32 signer);
        var tx = new TransactionContext(signer, call, info, xt.Encoded.Length, extra, TransactionSource.External);
        return (info with { Weight = info.Weight.SaturatingAdd(executive.Extensions.Weight(tx)) }, length, false);
    }

    private static (DispatchInfo Info, uint Length) ReadCall(ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        RuntimeCall call = RuntimeCall.Decode(ref reader);
        uint length = reader.ReadUInt32();
        reader.EnsureEnd();
        return (KusamaRuntime.GetDispatchInfo(call), length);
    }

    private static byte[] WeightToFee(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        Weight weight = WeightCodec.Decode(ref reader);
        reader.EnsureEnd();
        return ScaleCodec.Encode<Balance, BalanceCodec>(executive.Runtime.TransactionPayment.Calculator.WeightToFee(weight));
    }

    private static byte[] LengthToFee(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        var reader = new ScaleReader(args);
        uint length = reader.ReadUInt32();
        reader.EnsureEnd();
        return ScaleCodec.Encode<Balance, BalanceCodec>(executive.Runtime.TransactionPayment.Calculator.LengthToFee(length));
    }
}
