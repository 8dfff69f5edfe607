namespace Kusama.Rpc;

/// <summary>JSON-RPC error codes and messages exactly as jsonrpsee (Substrate's RPC server) sends them.</summary>
public static class RpcErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int CallExecutionFailed = -32000;
    public const int UnknownError = -32001;
    public const int BatchesNotSupported = -32005;
    public const int TooManySubscriptions = -32006;
    public const int OversizedRequest = -32007;
    public const int OversizedResponse = -32008;
    public const int ServerIsBusy = -32009;
    public const int TooBigBatchRequest = -32010;
    public const int TooBigBatchResponse = -32011;

    public const string ParseErrorMessage = "Parse error";
    public const string InvalidRequestMessage = "Invalid request";
    // PAPI's legacy layer compares this text literally before falling back to another method.
    public const string MethodNotFoundMessage = "Method not found";
    public const string InvalidParamsMessage = "Invalid params";
    public const string InternalErrorMessage = "Internal error";
    public const string BatchesNotSupportedMessage = "Batched requests are not supported by this server";
    public const string TooManySubscriptionsMessage = "Too many subscriptions on the connection";
    public const string OversizedRequestMessage = "Request is too big";
    public const string OversizedResponseMessage = "Response is too big";
    public const string ServerIsBusyMessage = "Server is busy, try again later";
    public const string TooBigBatchRequestMessage = "The batch request was too large";
    public const string TooBigBatchResponseMessage = "The batch response was too large";

    /// <summary>sc-rpc-api's <c>UnsafeRpcError</c> text; Substrate sends it with code -32601.</summary>
    public const string UnsafeCallMessage = "RPC call is unsafe to be called externally";
}
