namespace Kusama.Blockchain.TransactionPool;

/// <summary>Sizes of the pool's queues: transactions and their encoded bytes, ready and future.</summary>
public readonly record struct TransactionPoolStatus(int Ready, long ReadyBytes, int Future, long FutureBytes);
