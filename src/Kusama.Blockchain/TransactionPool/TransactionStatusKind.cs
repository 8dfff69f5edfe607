namespace Kusama.Blockchain.TransactionPool;

/// <summary>The variants of sc-transaction-pool-api <c>TransactionStatus</c>, as <c>author_extrinsicUpdate</c> names them.</summary>
public enum TransactionStatusKind
{
    /// <summary>In the future queue: some required tag is not provided yet.</summary>
    Future,

    /// <summary>In the ready queue.</summary>
    Ready,

    /// <summary>Gossiped to the listed peers.</summary>
    Broadcast,

    /// <summary>Included in a block of the best chain.</summary>
    InBlock,

    /// <summary>The block it was included in left the best chain.</summary>
    Retracted,

    /// <summary>Its block waited for finality longer than the pool watches (final).</summary>
    FinalityTimeout,

    /// <summary>Its block was finalized (final).</summary>
    Finalized,

    /// <summary>Replaced by a transaction of higher priority providing the same tag (final).</summary>
    Usurped,

    /// <summary>Dropped because the pool is full (final).</summary>
    Dropped,

    /// <summary>No longer valid (final).</summary>
    Invalid,
}
