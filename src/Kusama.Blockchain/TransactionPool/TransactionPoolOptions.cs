namespace Kusama.Blockchain.TransactionPool;

/// <summary>Limits and timings of the <see cref="TransactionPool"/>; the defaults are Substrate's.</summary>
public sealed record TransactionPoolOptions
{
    /// <summary>Most transactions in the ready queue (count); default 8,192.</summary>
    public int ReadyCount { get; init; } = 8192;

    /// <summary>Most bytes of encoded transactions in the ready queue; default 20 MiB.</summary>
    public long ReadyBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Most transactions in the future queue (count); default 819, a tenth of the ready limit as in Substrate.</summary>
    public int FutureCount { get; init; } = 8192 / 10;

    /// <summary>Most bytes of encoded transactions in the future queue; default 2 MiB, a tenth of the ready limit.</summary>
    public long FutureBytes { get; init; } = 20 * 1024 * 1024 / 10;

    /// <summary>How long a transaction that was invalid, included or dropped is refused again; default 30 minutes.</summary>
    public TimeSpan BanTime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Blocks holding watched transactions that may wait for finality at once (blocks); the oldest beyond this gets
    /// <c>finalityTimeout</c>. Default 512, Substrate's <c>MAX_FINALITY_WATCHERS</c>.
    /// </summary>
    public int MaxFinalityWatchedBlocks { get; init; } = 512;

    /// <summary>
    /// Most pool transactions re-validated per new best block (count), the least recently validated first; default
    /// unlimited (every transaction is re-validated at every new best block).
    /// </summary>
    public int MaxRevalidationsPerBlock { get; init; } = int.MaxValue;

    /// <summary>Threads validating a batch at once; default the processor count.</summary>
    public int ValidationParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Clock for bans (tests move it).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
