using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The payment_ namespace (pallet-transaction-payment-rpc, deprecated but served): fee information through the runtime's
/// <c>TransactionPaymentApi</c>, in its serde shapes.
/// </summary>
public sealed class PaymentRpc(LegacyBlocks blocks)
{
    private static readonly string[] DispatchClasses = ["normal", "operational", "mandatory"];

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("payment_queryInfo", QueryInfo);
        module.AddMethod("payment_queryFeeDetails", QueryFeeDetails);
        return module;
    }

    /// <summary><c>{"weight":{"ref_time","proof_size"},"class":"normal","partialFee":"…"}</c>: the fee is a decimal string.</summary>
    private RpcResult QueryInfo(RpcParams parameters, RpcContext context)
    {
        const string Failure = "Unable to query dispatch info.";
        byte[] output = Query(parameters, "TransactionPaymentApi_query_info", Failure);
        try
        {
            var reader = new ScaleReader(output);
            Weight weight = WeightCodec.Decode(ref reader);
            byte dispatchClass = reader.ReadByte();
            UInt128 partialFee = reader.ReadUInt128();
            if (dispatchClass >= DispatchClasses.Length)
                throw new RpcException(LegacyErrors.RuntimeError, Failure, $"unknown dispatch class {dispatchClass}");
            string className = DispatchClasses[dispatchClass];
            return RpcResult.Json(writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("weight");
                writer.WriteStartObject();
                writer.WriteNumber("ref_time", weight.RefTime);
                writer.WriteNumber("proof_size", weight.ProofSize);
                writer.WriteEndObject();
                writer.WriteString("class", className);
                writer.WriteString("partialFee", partialFee.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            });
        }
        catch (ScaleDecodeException exception)
        {
            throw new RpcException(LegacyErrors.RuntimeError, Failure, exception.Message);
        }
    }

    /// <summary><c>{"inclusionFee":{"baseFee","lenFee","adjustedWeightFee"}|null}</c>, each a number or, past u64, a hex string; the tip is not serialized.</summary>
    private RpcResult QueryFeeDetails(RpcParams parameters, RpcContext context)
    {
        const string Failure = "Unable to query fee details.";
        byte[] output = Query(parameters, "TransactionPaymentApi_query_fee_details", Failure);
        try
        {
            var reader = new ScaleReader(output);
            bool hasInclusionFee = reader.ReadByte() switch
            {
                0 => false,
                1 => true,
                var other => throw new RpcException(LegacyErrors.RuntimeError, Failure, $"invalid Option tag {other}"),
            };
            UInt128 baseFee = 0, lenFee = 0, adjustedWeightFee = 0;
            if (hasInclusionFee)
            {
                baseFee = reader.ReadUInt128();
                lenFee = reader.ReadUInt128();
                adjustedWeightFee = reader.ReadUInt128();
            }
            return RpcResult.Json(writer =>
            {
                writer.WriteStartObject();
                writer.WritePropertyName("inclusionFee");
                if (!hasInclusionFee)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    writer.WriteStartObject();
                    WriteNumberOrHex(writer, "baseFee", baseFee);
                    WriteNumberOrHex(writer, "lenFee", lenFee);
                    WriteNumberOrHex(writer, "adjustedWeightFee", adjustedWeightFee);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            });
        }
        catch (ScaleDecodeException exception)
        {
            throw new RpcException(LegacyErrors.RuntimeError, Failure, exception.Message);
        }
    }

    /// <summary>The runtime call with (extrinsic, u32 encoded length), the length counting the compact prefix.</summary>
    private byte[] Query(RpcParams parameters, string method, string failure)
    {
        byte[] extrinsic = parameters.GetHexBytes(0, "extrinsic");
        Hash256? at = parameters.GetOptionalHash(1, "at");
        if (!OpaqueExtrinsic.IsWellFormed(extrinsic, out string? error))
            throw new RpcException(LegacyErrors.DecodeError, failure, error);
        var args = new byte[extrinsic.Length + 4];
        extrinsic.CopyTo(args, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(args.AsSpan(extrinsic.Length), (uint)extrinsic.Length);
        try
        {
            return blocks.Call(at, method, args);
        }
        catch (RpcException exception) when (exception.Error.Code == LegacyErrors.StateClient)
        {
            throw new RpcException(LegacyErrors.RuntimeError, failure, exception.Error.Message);
        }
    }

    /// <summary>sp-rpc's <c>NumberOrHex</c>: a JSON number up to u64, else a minimal 0x hex string.</summary>
    private static void WriteNumberOrHex(Utf8JsonWriter writer, string name, UInt128 value)
    {
        if (value <= ulong.MaxValue) writer.WriteNumber(name, (ulong)value);
        else writer.WriteString(name, "0x" + value.ToString("x", CultureInfo.InvariantCulture));
    }
}
