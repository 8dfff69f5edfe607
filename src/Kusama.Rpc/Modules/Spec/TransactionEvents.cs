using System.Text.Json;
using Kusama.Blockchain.TransactionPool;
using Kusama.Scale;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// <c>transactionWatch_v1_watchEvent</c> payloads, mapped from the pool's statuses the way sc-rpc-spec-v2's
/// <c>TransactionState</c> does; also the extrinsic format check both transaction groups make before submitting.
/// </summary>
public static class TransactionEvents
{
    /// <summary>The largest extrinsic accepted at all (well above Kusama's block length).</summary>
    private const int MaxExtrinsicLength = 16 * 1024 * 1024;

    /// <summary>True when the bytes are one length-prefixed extrinsic: the compact length matches the rest exactly.</summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> extrinsic)
    {
        try
        {
            var reader = new ScaleReader(extrinsic);
            int length = reader.ReadCompactLength(MaxExtrinsicLength, "extrinsic");
            return length > 0 && length == reader.Remaining;
        }
        catch (ScaleDecodeException)
        {
            return false;
        }
    }

    /// <summary>The event for a pool status, or null for a status the spec does not report (Broadcast).</summary>
    public static Action<Utf8JsonWriter>? FromStatus(TransactionStatus status) => status.Kind switch
    {
        TransactionStatusKind.Ready or TransactionStatusKind.Future => Validated,
        TransactionStatusKind.Broadcast => null,
        TransactionStatusKind.InBlock => Block("bestChainBlockIncluded", status.Hash.ToString(), status.Index),
        TransactionStatusKind.Retracted => NoBestBlock,
        TransactionStatusKind.Finalized => Block("finalized", status.Hash.ToString(), status.Index),
        TransactionStatusKind.FinalityTimeout => WithError("dropped", "Maximum number of finality watchers has been reached"),
        TransactionStatusKind.Usurped => WithError("invalid", "Extrinsic was rendered invalid by another extrinsic"),
        TransactionStatusKind.Dropped => WithError("dropped", "Extrinsic dropped from the pool due to exceeding limits"),
        _ => WithError("invalid", "Extrinsic marked as invalid"),
    };

    /// <summary>The event for a transaction the pool refused: dropped when the pool was full, invalid otherwise.</summary>
    public static Action<Utf8JsonWriter> FromPoolError(TransactionPoolError error)
    {
        string message = error.Data is null ? error.Message : $"{error.Message}: {error.Data}";
        return WithError(error.Code == TransactionPoolError.ImmediatelyDroppedCode ? "dropped" : "invalid", message);
    }

    public static Action<Utf8JsonWriter> WithError(string name, string error) => writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, name);
        writer.WriteString("error"u8, error);
        writer.WriteEndObject();
    };

    private static void Validated(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, "validated"u8);
        writer.WriteEndObject();
    }

    private static void NoBestBlock(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, "bestChainBlockIncluded"u8);
        writer.WriteNull("block"u8);
        writer.WriteEndObject();
    }

    private static Action<Utf8JsonWriter> Block(string name, string hash, int index) => writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, name);
        writer.WritePropertyName("block"u8);
        writer.WriteStartObject();
        writer.WriteString("hash"u8, hash);
        writer.WriteNumber("index"u8, index);
        writer.WriteEndObject();
        writer.WriteEndObject();
    };
}
