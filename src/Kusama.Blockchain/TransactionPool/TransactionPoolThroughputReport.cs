namespace Kusama.Blockchain.TransactionPool;

/// <summary>The result of <see cref="TransactionPoolThroughput.Run"/>: how many were submitted and accepted, refusals by error code, time taken.</summary>
public sealed record TransactionPoolThroughputReport(
    int Submitted, int Accepted, IReadOnlyDictionary<int, int> RefusedByCode, TimeSpan Elapsed, TransactionPoolStatus Status)
{
    /// <summary>Submitted transactions validated (and imported) per second.</summary>
    public double ValidationsPerSecond => Elapsed.TotalSeconds > 0 ? Submitted / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{Submitted} submitted, {Accepted} accepted in {Elapsed.TotalMilliseconds:F0} ms: {ValidationsPerSecond:F0} validations/s " +
        $"(ready {Status.Ready}, future {Status.Future})";
}
