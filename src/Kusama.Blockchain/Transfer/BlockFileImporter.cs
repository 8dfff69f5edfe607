using System.Diagnostics;
using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Import;
using Kusama.Core;

namespace Kusama.Blockchain.Transfer;

/// <summary>
/// The <c>import-blocks</c> loop (sc-service's <c>import_blocks</c>): each block read from the file goes through the
/// import pipeline with origin <see cref="BlockOrigin.File"/> — seal verification, execution, state-root check, commit —
/// in file order. Blocks already in the chain are skipped. The first block that cannot be imported stops the run with
/// an error naming it; every block before it stays imported.
/// </summary>
public static class BlockFileImporter
{
    /// <summary>Substrate reports progress every three seconds.</summary>
    public static readonly TimeSpan DefaultProgressInterval = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Imports every block of <paramref name="reader"/> through <paramref name="importer"/>, calling
    /// <paramref name="progress"/> every <paramref name="progressInterval"/>.
    /// </summary>
    /// <exception cref="BlockFileException">A block could not be read or imported; the message names it and how many were imported before.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the blocks imported so far stay.</exception>
    public static BlockFileImportSummary Import(BlockFileReader reader, BlockImporter importer, Action<BlockFileImportProgress>? progress = null,
        TimeSpan? progressInterval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(importer);
        TimeSpan interval = progressInterval ?? DefaultProgressInterval;
        BlockTree tree = importer.Tree;
        var total = Stopwatch.StartNew();
        TimeSpan lastReport = TimeSpan.Zero;
        ulong importedAtLastReport = 0, imported = 0, skipped = 0;

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SignedBlock signed;
            try
            {
                if (!reader.TryRead(out signed)) break;
            }
            catch (BlockFileException exception)
            {
                throw new BlockFileException($"{exception.Message} (after importing {imported} blocks)", exception);
            }

            ImportResult result = ImportOne(importer, signed, reader.ReadCount, imported);
            if (result == ImportResult.Imported) imported++;
            else skipped++;

            TimeSpan now = total.Elapsed;
            if (progress is not null && now - lastReport >= interval)
            {
                double rate = (imported - importedAtLastReport) / (now - lastReport).TotalSeconds;
                progress(new BlockFileImportProgress(reader.ReadCount, imported, tree.Best.Number, rate));
                lastReport = now;
                importedAtLastReport = imported;
            }
        }

        if (reader.ExpectedBlocks is { } expected && reader.ReadCount < expected)
            throw new BlockFileException($"The file announced {expected} blocks but holds {reader.ReadCount}.");
        return new BlockFileImportSummary(reader.ReadCount, imported, skipped, tree.Best, total.Elapsed);
    }

    private static ImportResult ImportOne(BlockImporter importer, SignedBlock signed, ulong position, ulong importedBefore)
    {
        Hash256 hash = signed.Block.Hash();
        uint number = signed.Block.Header.Number;
        string which = $"block #{number} {hash} (block {position} of the file)";
        ImportResult result;
        try
        {
            result = importer.Import(signed.Block, BlockOrigin.File, signed.Justifications);
        }
        catch (BlockImportException exception)
        {
            throw Stop(importedBefore, $"{which} is invalid: {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            throw Stop(importedBefore, $"{which} could not be imported: {exception.Message}", exception);
        }
        return result switch
        {
            ImportResult.Imported or ImportResult.AlreadyInChain => result,
            ImportResult.UnknownParent => throw Stop(importedBefore, $"{which} has an unknown parent {signed.Block.Header.ParentHash}: the file does not continue this chain."),
            _ => throw Stop(importedBefore, $"{which} was already found invalid."),
        };
    }

    private static BlockFileException Stop(ulong imported, string message, Exception? inner = null)
    {
        string text = $"Stopping after {imported} imported blocks: {message}";
        return inner is null ? new BlockFileException(text) : new BlockFileException(text, inner);
    }
}
