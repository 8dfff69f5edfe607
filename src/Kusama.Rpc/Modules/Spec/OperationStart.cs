namespace Kusama.Rpc.Modules.Spec;

/// <summary>What asking a follow subscription for an operation gave.</summary>
public enum OperationStart
{
    /// <summary>The operation was registered and runs.</summary>
    Started,

    /// <summary>Too many operations run already, or the subscription is gone: the call answers <c>limitReached</c>.</summary>
    LimitReached,

    /// <summary>The block is not pinned by this subscription.</summary>
    InvalidBlock,
}
