using Kusama.Blockchain.Blocks;

namespace Kusama.Blockchain.Transfer;

/// <summary>What an <c>import-blocks</c> run did: blocks read, imported and skipped (already known), the best block after it and how long it took.</summary>
public sealed record BlockFileImportSummary(ulong Read, ulong Imported, ulong Skipped, BlockInfo Best, TimeSpan Elapsed)
{
    /// <summary>Imported blocks per second over the whole run.</summary>
    public double BlocksPerSecond => Elapsed.TotalSeconds > 0 ? Imported / Elapsed.TotalSeconds : 0;
}
