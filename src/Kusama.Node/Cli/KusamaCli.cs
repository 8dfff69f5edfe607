using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Kusama.Node.Cli;

/// <summary>Builds the <c>kusama</c> command tree (laid out like the polkadot binary) and runs it against injectable streams.</summary>
/// <remarks>
/// Every command writes only to <see cref="Output"/> and <see cref="Error"/> and reads only <see cref="Input"/>, so tests
/// run the whole CLI in-process. Each subcommand family lives in its own class that adds itself to the root
/// (<see cref="KeyCommand"/>, <see cref="BenchmarkCommand"/>); node flags such as <c>--dev</c> and subcommands such as
/// <c>build-spec</c> are added the same way.
/// </remarks>
public sealed class KusamaCli(TextWriter output, TextWriter error, TextReader input)
{
    public const string ExecutableName = "kusama";

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    /// <summary>"0.1.0-&lt;commit&gt;", like polkadot's "1.7.1-&lt;commit&gt;" (the commit is absent outside a git checkout).</summary>
    public static string Version { get; } = ReadVersion();

    public RootCommand BuildRootCommand()
    {
        var root = new RootCommand("Kusama.NET: a Kusama node written in C#.");

        foreach (var option in root.Options)
        {
            if (option is VersionOption)
            {
                option.Action = new PrintVersionAction(this);
            }
        }

        root.Add(new KeyCommand(this).Build());
        root.Add(new BenchmarkCommand(this).Build());
        foreach (var command in new ChainSpecCommands(this).Build()) root.Add(command);
        root.Add(new ExportMetadataCommand(this).Build());
        root.Add(new PurgeChainCommand(this).Build());
        foreach (var command in new BlocksCommands(this).Build()) root.Add(command);
        new RunCommand(this).AddTo(root);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public int Invoke(IReadOnlyList<string> args)
    {
        var parseResult = BuildRootCommand().Parse(args);

        if (parseResult.Action is ParseErrorAction)
        {
            // System.CommandLine would print every error plus the full help; a CLI error is one line, like clap's.
            var messages = new List<string>(parseResult.Errors.Count);
            foreach (var parseError in parseResult.Errors)
            {
                messages.Add(parseError.Message);
            }

            return Fail(string.Join(" ", messages));
        }

        var configuration = new InvocationConfiguration
        {
            Output = Output,
            Error = Error,
            EnableDefaultExceptionHandler = false,
        };

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception exception)
        {
            return Fail(exception.Message);
        }
    }

    /// <summary>Writes the one-line <c>Error: …</c> message and returns exit code 1.</summary>
    public int Fail(string message)
    {
        Error.WriteLine($"Error: {message.ReplaceLineEndings(" ").Trim()}");
        return 1;
    }

    private static string ReadVersion()
    {
        var informational = typeof(KusamaCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "0.1.0";
        var plus = informational.IndexOf('+');
        if (plus < 0)
        {
            return $"{informational}-unknown";
        }

        var commit = informational[(plus + 1)..];
        return $"{informational[..plus]}-{(commit.Length > 7 ? commit[..7] : commit)}";
    }

    private sealed class PrintVersionAction(KusamaCli cli) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            cli.Output.WriteLine($"{ExecutableName} {Version}");
            return 0;
        }
    }
}
