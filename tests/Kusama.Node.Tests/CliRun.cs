using System.Text.Json;
using Kusama.Node.Cli;

namespace Kusama.Node.Tests;

/// <summary>The outcome of running the <c>kusama</c> CLI in-process.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = new KusamaCli(output, error, new StringReader(input)).Invoke(args);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public string Field(string name) => Json.GetProperty(name).GetString()!;
}
