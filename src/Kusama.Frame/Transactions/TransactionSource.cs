namespace Kusama.Frame.Transactions;

/// <summary>sp-runtime <c>TransactionSource</c>: where a transaction being validated came from; values are the wire indices.</summary>
public enum TransactionSource : byte
{
    /// <summary>Already included in a block (re-validation during import).</summary>
    InBlock = 0,

    /// <summary>Produced by this node (offchain worker, local RPC).</summary>
    Local = 1,

    /// <summary>Received from the network or an external RPC client: untrusted.</summary>
    External = 2,
}
