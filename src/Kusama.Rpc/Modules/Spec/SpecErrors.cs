namespace Kusama.Rpc.Modules.Spec;

/// <summary>The error codes and messages of the new JSON-RPC spec, as sc-rpc-spec-v2 sends them.</summary>
public static class SpecErrors
{
    /// <summary>Too many <c>chainHead_v1_follow</c> subscriptions on the connection.</summary>
    public const int ReachedLimits = -32800;

    /// <summary>The block is not pinned by the follow subscription (or unknown).</summary>
    public const int InvalidBlock = -32801;

    /// <summary><c>chainHead_v1_call</c> on a subscription started with <c>withRuntime: false</c>.</summary>
    public const int InvalidRuntimeCall = -32802;

    /// <summary><c>chainHead_v1_continue</c> on an operation that is not waiting for it.</summary>
    public const int InvalidContinue = -32803;

    /// <summary><c>chainHead_v1_unpin</c> given the same hash twice.</summary>
    public const int InvalidDuplicateHashes = -32804;

    /// <summary>The transaction is not an extrinsic at all (sc-rpc-spec-v2's <c>BAD_FORMAT</c>, as the author API).</summary>
    public const int BadFormat = 1001;

    public static RpcException FollowLimitReached() =>
        new(ReachedLimits, "Maximum number of chainHead_follow has been reached");

    public static RpcException InvalidBlockHash() => new(InvalidBlock, "Invalid block hash");

    public static RpcException RuntimeCallWithoutRuntime() =>
        new(InvalidRuntimeCall, "The `chainHead_follow` subscription was started with `withRuntime` set to `false`");

    public static RpcException ContinueNotWaiting() =>
        new(InvalidContinue, "Wait for continue event was not generated for the subscription");

    public static RpcException DuplicateHashes() =>
        new(InvalidDuplicateHashes, "Received duplicate hashes for the `chainHead_unpin` method");

    public static RpcException InvalidParameter(string parameter) =>
        new(RpcErrorCodes.InvalidParams, $"Invalid parameter: {parameter}");

    public static RpcException InvalidOperationId() => new(RpcErrorCodes.InvalidParams, "Invalid operation id");
}
