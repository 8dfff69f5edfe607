namespace Kusama.Rpc;

/// <summary>A JSON-RPC error object: code, message and optional data (any JSON value).</summary>
public sealed class RpcError
{
    public RpcError(int code, string message, RpcResult? data = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Code = code;
        Message = message;
        Data = data;
    }

    public int Code { get; }

    public string Message { get; }

    /// <summary>The <c>data</c> member, absent when null.</summary>
    public RpcResult? Data { get; }

    public static RpcError ParseError { get; } = new(RpcErrorCodes.ParseError, RpcErrorCodes.ParseErrorMessage);

    public static RpcError InvalidRequest { get; } = new(RpcErrorCodes.InvalidRequest, RpcErrorCodes.InvalidRequestMessage);

    public static RpcError MethodNotFound { get; } = new(RpcErrorCodes.MethodNotFound, RpcErrorCodes.MethodNotFoundMessage);

    public static RpcError BatchesNotSupported { get; } = new(RpcErrorCodes.BatchesNotSupported, RpcErrorCodes.BatchesNotSupportedMessage);

    public static RpcError InternalError { get; } = new(RpcErrorCodes.InternalError, RpcErrorCodes.InternalErrorMessage);

    /// <summary>What Substrate answers when an unsafe method is called while unsafe methods are denied.</summary>
    public static RpcError UnsafeCall { get; } = new(RpcErrorCodes.MethodNotFound, RpcErrorCodes.UnsafeCallMessage);

    /// <summary>-32602 "Invalid params" with the reason as data, the way jsonrpsee reports a bad parameter.</summary>
    public static RpcError InvalidParams(string reason) => new(RpcErrorCodes.InvalidParams, RpcErrorCodes.InvalidParamsMessage, reason);

    public static RpcError TooManySubscriptions(int limit) =>
        new(RpcErrorCodes.TooManySubscriptions, RpcErrorCodes.TooManySubscriptionsMessage, ExceededLimit(limit));

    public static RpcError OversizedRequest(long limit) =>
        new(RpcErrorCodes.OversizedRequest, RpcErrorCodes.OversizedRequestMessage, ExceededLimit(limit));

    public static RpcError OversizedResponse(long limit) =>
        new(RpcErrorCodes.OversizedResponse, RpcErrorCodes.OversizedResponseMessage, ExceededLimit(limit));

    public static RpcError TooBigBatchRequest(int limit) =>
        new(RpcErrorCodes.TooBigBatchRequest, RpcErrorCodes.TooBigBatchRequestMessage, ExceededLimit(limit));

    public static RpcError TooBigBatchResponse(long limit) =>
        new(RpcErrorCodes.TooBigBatchResponse, RpcErrorCodes.TooBigBatchResponseMessage, ExceededLimit(limit));

    private static string ExceededLimit(long limit) => $"Exceeded max limit of {limit}";

    public override string ToString() => $"{Code}: {Message}";
}
