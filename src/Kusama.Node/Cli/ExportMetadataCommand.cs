using System.CommandLine;
using Hex = Kusama.Core.Hex;
using Kusama.Runtime;

namespace Kusama.Node.Cli;

/// <summary>
/// <c>kusama export-metadata [--chain dev] [--version 14|15] [--hex] [--output FILE]</c>: the runtime's metadata as
/// <c>state_getMetadata</c> would return it (<c>RuntimeMetadataPrefixed</c>), binary unless <c>--hex</c>.
/// </summary>
public sealed class ExportMetadataCommand(KusamaCli cli)
{
    public Command Build()
    {
        var chain = new Option<string>("--chain")
        {
            Description = "Accepted for compatibility with other subcommands; the node has one built-in runtime, whose metadata this is.",
        };
        var version = new Option<int>("--version")
        {
            Description = "Metadata version: 14 or 15.",
            DefaultValueFactory = _ => 15,
        };
        var hex = new Option<bool>("--hex") { Description = "Write 0x-prefixed hex (one line) instead of the raw bytes." };
        var output = new Option<string>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("export-metadata", "Writes the runtime's metadata (V14 or V15, \"meta\"-prefixed SCALE) to standard output or a file.")
        {
            chain, version, hex, output,
        };
        command.SetAction(parse =>
        {
            int requested = parse.GetValue(version);
            if (requested is not (14 or 15))
                throw new CliException($"--version must be 14 or 15, got {requested}");
            byte[] metadata = KusamaRuntime.Metadata((byte)requested);
            string? path = parse.GetValue(output);
            if (parse.GetValue(hex))
                WriteHex(metadata, path);
            else
                WriteBinary(metadata, path);
            return 0;
        });
        return command;
    }

    private void WriteHex(byte[] metadata, string? path)
    {
        string text = Hex.Encode(metadata);
        if (path is null)
        {
            cli.Output.WriteLine(text);
            return;
        }
        Write(path, () => File.WriteAllText(path, text + "\n"));
    }

    private void WriteBinary(byte[] metadata, string? path)
    {
        if (path is not null)
        {
            Write(path, () => File.WriteAllBytes(path, metadata));
            return;
        }
        // Raw bytes need the process's stdout stream; an in-process writer (tests, embedding) only carries text.
        if (!ReferenceEquals(cli.Output, Console.Out))
            throw new CliException("binary metadata needs a byte stream: pass --output FILE or --hex");
        cli.Output.Flush();
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(metadata);
        stdout.Flush();
    }

    private static void Write(string path, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot write {path}: {e.Message}");
        }
    }
}
