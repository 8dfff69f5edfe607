using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Kusama.Node.Benchmarking;

/// <summary>Where a weights file's numbers came from: the command, when, on what machine and build, and the sweep.</summary>
public sealed record PalletBenchmarkProvenance(string CommandLine, DateTimeOffset Date, int Cores, string Cpu, string OperatingSystem, string Runtime, string Build, int Steps, int Repeat)
{
    /// <summary>The provenance of a run on this machine, now, with this build.</summary>
    public static PalletBenchmarkProvenance Capture(string commandLine, int steps, int repeat) => new(
        commandLine,
        DateTimeOffset.UtcNow,
        Environment.ProcessorCount,
        ReadCpuModel(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadBuild(),
        steps,
        repeat);

    /// <summary>The date as written in the header: ISO 8601, UTC, to the second.</summary>
    public string DateText => Date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    // Linux names the CPU in /proc/cpuinfo; elsewhere (or when it cannot be read) only the architecture is known.
    private static string ReadCpuModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                foreach (string line in File.ReadLines("/proc/cpuinfo"))
                {
                    if (!line.StartsWith("model name", StringComparison.Ordinal)) continue;
                    int colon = line.IndexOf(':', StringComparison.Ordinal);
                    if (colon >= 0) return line[(colon + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return $"unknown {RuntimeInformation.ProcessArchitecture} CPU";
    }

    // The SDK appends "+<commit>" to the informational version when the build knows its git commit.
    private static string ReadBuild()
    {
        string? informational = typeof(PalletBenchmarkProvenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is null) return "unknown version, commit unknown";
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? $"{informational}, commit unknown" : $"{informational[..plus]}, commit {informational[(plus + 1)..]}";
    }
}
