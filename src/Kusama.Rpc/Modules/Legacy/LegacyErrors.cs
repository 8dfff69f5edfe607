using Kusama.Core;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>The error objects sc-rpc-api's legacy modules answer with: codes by module base (author 1000, system 2000, chain 3000, state 4000) and their texts.</summary>
public static class LegacyErrors
{
    /// <summary>state: <c>Error::InvalidBlockRange</c>.</summary>
    public const int StateInvalidBlockRange = 4001;

    /// <summary>state: <c>Error::InvalidCount</c>.</summary>
    public const int StateInvalidCount = 4002;

    /// <summary>state: <c>Error::Client</c> (unknown block, pruned state, failed runtime call).</summary>
    public const int StateClient = 4003;

    /// <summary>chain: <c>Error::Client</c> and everything but <c>Other</c>.</summary>
    public const int ChainClient = 3002;

    /// <summary>author: <c>BAD_FORMAT</c>.</summary>
    public const int AuthorBadFormat = 1001;

    /// <summary>author: <c>OTHER_ERR</c> (client errors, bad key types, keystore and session-key failures).</summary>
    public const int AuthorOther = 1040;

    /// <summary>frame-rpc-system and transaction-payment-rpc: the runtime call failed.</summary>
    public const int RuntimeError = 1;

    /// <summary>frame-rpc-system and transaction-payment-rpc: the extrinsic did not decode.</summary>
    public const int DecodeError = 2;

    /// <summary>sp-blockchain's <c>UnknownBlock</c> as sc-rpc reports a state read at a block it lacks.</summary>
    public static string UnknownBlock(Hash256 hash) => $"UnknownBlock: State already discarded for {hash}";

    public static RpcException StateClientError(string message) => new(StateClient, $"Client error: {message}");

    public static RpcException ChainClientError(string message) => new(ChainClient, $"Client error: {message}");

    public static RpcException InvalidCount(uint value, uint max) =>
        new(StateInvalidCount, $"count exceeds maximum value. value: {value}, max: {max}");

    public static RpcException InvalidBlockRange(string from, string to, string details) =>
        new(StateInvalidBlockRange, $"Cannot resolve a block range ['{from}' ... '{to}]. {details}");

    /// <summary>What an unsafe call gets when the server denies unsafe methods (sc-rpc-api's <c>UnsafeRpcError</c>).</summary>
    public static RpcException Unsafe() => new(RpcError.UnsafeCall);
}
