namespace Kusama.Blockchain.Transfer;

/// <summary>Where a running <c>import-blocks</c> is: blocks read from the file, blocks imported, the best block and the rate since the last report.</summary>
public readonly record struct BlockFileImportProgress(ulong Read, ulong Imported, uint BestNumber, double BlocksPerSecond);
