namespace Kusama.Node.Benchmarking;

/// <summary>One block of <see cref="BlockBenchmark"/>: how many transfers it holds, how long building and importing it took.</summary>
public sealed record BlockBenchmarkResult(int Number, int Transfers, double AuthoringMs, double ImportMs)
{
    public double TransfersPerSecond => Transfers / (ImportMs / 1000);
}
