namespace Kusama.Runtime.Benchmarking;

/// <summary>One benchmark (FRAME's <c>#[benchmark] fn name</c>): a setup building the worst case, the measured call, and the weight method it produces.</summary>
/// <param name="Name">FRAME's benchmark name in snake case (<c>transfer_allow_death</c>, <c>force_set_balance_killing</c>).</param>
/// <param name="Component">The swept component, or null for a fixed-cost call.</param>
/// <param name="Setup">Builds the state and returns the measured call.</param>
/// <param name="KusamaProofSize">Kusama's v1.7.1 proof_size base (bytes); we do not measure proof size, so it is carried over.</param>
/// <param name="KusamaProofSizePerComponent">Kusama's v1.7.1 proof_size per component unit (bytes).</param>
public sealed record Benchmark(string Name, BenchmarkComponent? Component, BenchmarkSetup Setup, ulong KusamaProofSize = 0, ulong KusamaProofSizePerComponent = 0)
{
    /// <summary>The weight method's name: the benchmark's name in Pascal case (<c>transfer_allow_death</c> → <c>TransferAllowDeath</c>).</summary>
    public string MethodName
    {
        get
        {
            var name = new global::System.Text.StringBuilder(Name.Length);
            foreach (string part in Name.Split('_', StringSplitOptions.RemoveEmptyEntries))
                name.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
            return name.ToString();
        }
    }
}
