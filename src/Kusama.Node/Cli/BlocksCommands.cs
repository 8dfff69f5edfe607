using System.CommandLine;
using System.Globalization;
using Kusama.Blockchain.Transfer;
using Kusama.Consensus.Finality;
using Kusama.Db;
using Kusama.Node.Service;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kusama.Node.Cli;

/// <summary>
/// <c>kusama export-blocks</c> and <c>kusama import-blocks</c> (sc-cli's <c>ExportBlocksCmd</c>/<c>ImportBlocksCmd</c>):
/// best-chain blocks to a file and back, in Substrate's JSON or <c>--binary</c> format so files move between
/// Kusama.NET and polkadot. Without a path they write to stdout / read from stdin. Log lines go to stderr.
/// </summary>
public sealed class BlocksCommands(KusamaCli cli)
{
    public IEnumerable<Command> Build()
    {
        yield return BuildExport();
        yield return BuildImport();
    }

    private Command BuildExport()
    {
        var shared = new SharedParams();
        var from = new Option<uint>("--from") { Description = "The first block to export (default 1).", DefaultValueFactory = _ => 1 };
        var to = new Option<uint?>("--to") { Description = "The last block to export (default: the best block)." };
        var binary = new Option<bool>("--binary") { Description = "Write SCALE-encoded blocks instead of JSON." };
        var output = new Argument<string?>("OUTPUT") { Description = "The file to write (default: stdout).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("export-blocks", "Export blocks of the best chain to a file.") { from, to, binary, output };
        shared.AddTo(command);
        command.SetAction(parse => Export(shared.Configure(parse), parse.GetValue(from), parse.GetValue(to),
            parse.GetValue(binary) ? BlockFileFormat.Binary : BlockFileFormat.Json, parse.GetValue(output)));
        return command;
    }

    private Command BuildImport()
    {
        var shared = new SharedParams();
        var binary = new Option<bool>("--binary") { Description = "Read SCALE-encoded blocks instead of JSON." };
        var input = new Argument<string?>("INPUT") { Description = "The file to read (default: stdin).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("import-blocks", "Import blocks from a file (verified and executed as if received from the network).") { binary, input };
        shared.AddTo(command);
        command.SetAction(parse => Import(shared.Configure(parse), parse.GetValue(binary) ? BlockFileFormat.Binary : BlockFileFormat.Json, parse.GetValue(input)));
        return command;
    }

    private int Export(NodeConfiguration configuration, uint from, uint? to, BlockFileFormat format, string? path)
    {
        using ChainDatabase chain = OpenChain(configuration, create: false);
        BlockRange range = BlockExporter.ResolveRange(chain.Tree, from, to);
        cli.Error.WriteLine($"Exporting blocks from #{range.First} to #{range.Last}");
        Stream output;
        try
        {
            output = path is null ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write {path}: {exception.Message}");
        }
        using (output)
        {
            BlockExporter.Export(chain.Tree, output, range, format);
        }
        return 0;
    }

    private int Import(NodeConfiguration configuration, BlockFileFormat format, string? path)
    {
        Stream input;
        try
        {
            input = path is null ? Console.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {path}: {exception.Message}");
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            using (input)
            using (ChainDatabase chain = OpenChain(configuration, create: true))
            // The node finalizes every new best block of a single-authority chain; imported blocks are finalized the same way.
            using (new SingleAuthorityFinality(chain.Tree, NullLogger.Instance))
            {
                var reader = new BlockFileReader(input, format);
                BlockFileImportSummary summary;
                try
                {
                    summary = BlockFileImporter.Import(reader, chain.Importer, ReportProgress, cancellationToken: stop.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new CliException($"interrupted after reading {reader.ReadCount} blocks; best block #{chain.Tree.Best.Number}");
                }
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"🎉 Imported {summary.Read} blocks. Best: #{summary.Best.Number} ({summary.Imported} new, {summary.Skipped} already known; {summary.BlocksPerSecond:0.0} bps)"));
            }
            return 0;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private void ReportProgress(BlockFileImportProgress progress) =>
        cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"📦 Current best block: {progress.BestNumber} ({progress.BlocksPerSecond,4:0.0} bps)"));

    private static ChainDatabase OpenChain(NodeConfiguration configuration, bool create)
    {
        try
        {
            return ChainDatabase.Open(configuration, create);
        }
        catch (DatabaseException exception)
        {
            throw new CliException(exception.Message);
        }
        catch (Kusama.Blockchain.ChainSpecs.ChainSpecException exception)
        {
            throw new CliException(exception.Message);
        }
    }
}
