using Kusama.Core;
using Kusama.Frame.Metadata;
using Kusama.Runtime;

namespace Kusama.Node.Tests.Cli;

public sealed class ExportMetadataCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kusama-metadata-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("14", 14)]
    [InlineData("15", 15)]
    public void Export_metadata_hex_prints_the_requested_version_as_one_hex_line(string flag, byte version)
    {
        CliRun run = CliRun.Of("export-metadata", "--version", flag, "--hex");

        Assert.Equal(0, run.ExitCode);
        byte[] bytes = Hex.Decode(run.Output.Trim());
        Assert.Equal(version, RuntimeMetadataPrefixed.Decode(bytes).Metadata.Version);
        Assert.Equal(KusamaRuntime.Metadata(version), bytes);
    }

    [Fact]
    public void Export_metadata_defaults_to_version_15_and_accepts_a_chain()
    {
        CliRun run = CliRun.Of("export-metadata", "--chain", "dev", "--hex");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(15, Hex.Decode(run.Output.Trim())[4]);
    }

    [Fact]
    public void Export_metadata_to_a_file_writes_the_raw_bytes()
    {
        string path = Path.Combine(_directory, "metadata.scale");

        CliRun run = CliRun.Of("export-metadata", "--version", "14", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(KusamaRuntime.Metadata(14), File.ReadAllBytes(path));
    }

    [Fact]
    public void Export_metadata_refuses_an_unsupported_version_with_one_line()
    {
        CliRun run = CliRun.Of("export-metadata", "--version", "13", "--hex");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Error: --version must be 14 or 15, got 13", run.Error.Trim());
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Export_metadata_in_binary_to_a_text_writer_asks_for_a_file_or_hex()
    {
        CliRun run = CliRun.Of("export-metadata");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--output FILE or --hex", run.Error);
    }

    [Fact]
    public void Export_metadata_reports_an_unwritable_output_path()
    {
        CliRun run = CliRun.Of("export-metadata", "--output", Path.Combine(_directory, "missing", "metadata.scale"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: cannot write ", run.Error);
    }
}
