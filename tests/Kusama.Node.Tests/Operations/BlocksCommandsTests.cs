using Kusama.Blockchain.Blocks;

namespace Kusama.Node.Tests.Operations;

public sealed class BlocksCommandsTests : IDisposable
{
    private readonly DevChainFixture _fixture = new();
    private readonly List<string> _paths = [];

    public void Dispose()
    {
        _fixture.Dispose();
        foreach (string path in _paths)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                else File.Delete(path);
            }
            catch (IOException)
            {
            }
        }
    }

    private string Temp(string? name = null)
    {
        string path = name is null ? _fixture.NewBasePath() : Path.Combine(_fixture.BasePath, name);
        _paths.Add(path);
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Exported_blocks_imported_into_a_fresh_base_path_give_the_same_best_and_finalized_block(bool binary)
    {
        BlockInfo best = _fixture.Author(4);
        string file = Temp(binary ? "blocks.bin" : "blocks.json");
        string target = Temp();
        string[] format = binary ? ["--binary"] : [];

        CliRun export = CliRun.Of(["export-blocks", "--dev", "--base-path", _fixture.BasePath, .. format, file]);
        CliRun import = CliRun.Of(["import-blocks", "--dev", "--base-path", target, .. format, file]);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Exporting blocks from #1 to #4", export.Error);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("🎉 Imported 4 blocks. Best: #4 (4 new, 0 already known", import.Error);
        var (importedBest, importedFinalized) = _fixture.Heads(target);
        Assert.Equal(best, importedBest);
        Assert.Equal(best, importedFinalized);
    }

    [Fact]
    public void Importing_the_same_file_again_skips_the_known_blocks()
    {
        _fixture.Author(2);
        string file = Temp("blocks.json");
        Assert.Equal(0, CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, file).ExitCode);

        CliRun again = CliRun.Of("import-blocks", "--dev", "-d", _fixture.BasePath, file);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("(0 new, 2 already known", again.Error);
    }

    [Fact]
    public void An_exported_range_continues_a_chain_that_holds_the_blocks_before_it()
    {
        _fixture.Author(3);
        string head = Temp("head.bin"), tail = Temp("tail.bin"), target = Temp();
        Assert.Equal(0, CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, "--to", "1", "--binary", head).ExitCode);
        Assert.Equal(0, CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, "--from", "2", "--binary", tail).ExitCode);

        Assert.Equal(0, CliRun.Of("import-blocks", "--dev", "-d", target, "--binary", head).ExitCode);
        Assert.Equal(0, CliRun.Of("import-blocks", "--dev", "-d", target, "--binary", tail).ExitCode);

        Assert.Equal(_fixture.Heads().Best, _fixture.Heads(target).Best);
    }

    [Fact]
    public void An_invalid_block_stops_the_import_naming_it_and_the_blocks_before_it_stay()
    {
        _fixture.Author(4);
        string file = Temp("blocks.json"), target = Temp();
        Assert.Equal(0, CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, file).ExitCode);
        // Block 3's state root is tampered with: its seal no longer matches.
        string[] lines = SplitBlocks(File.ReadAllText(file));
        int root = lines[2].IndexOf("\"stateRoot\":\"0x", StringComparison.Ordinal) + "\"stateRoot\":\"0x".Length;
        lines[2] = string.Concat(lines[2].AsSpan(0, root), new string('0', 64), lines[2].AsSpan(root + 64));
        File.WriteAllText(file, string.Join('\n', lines));

        CliRun import = CliRun.Of("import-blocks", "--dev", "-d", target, file);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Stopping after 2 imported blocks: block #3", import.Error);
        Assert.Equal(2u, _fixture.Heads(target).Best.Number);
    }

    [Fact]
    public void A_truncated_file_reports_which_block_could_not_be_read()
    {
        _fixture.Author(2);
        string file = Temp("blocks.bin"), target = Temp();
        Assert.Equal(0, CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, "--binary", file).ExitCode);
        byte[] bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes[..^5]);

        CliRun import = CliRun.Of("import-blocks", "--dev", "-d", target, "--binary", file);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("Error reading block #2", import.Error);
        Assert.Equal(1u, _fixture.Heads(target).Best.Number);
    }

    [Fact]
    public void Exporting_from_a_base_path_without_a_database_is_a_clear_error()
    {
        CliRun export = CliRun.Of("export-blocks", "--dev", "-d", Temp(), Temp("never.json"));

        Assert.Equal(1, export.ExitCode);
        Assert.Contains("There is no database", export.Error);
    }

    [Fact]
    public void Exporting_past_the_best_block_is_refused()
    {
        _fixture.Author(1);

        CliRun export = CliRun.Of("export-blocks", "--dev", "-d", _fixture.BasePath, "--to", "5", Temp("x.json"));

        Assert.Equal(1, export.ExitCode);
        Assert.Contains("Invalid block range specified", export.Error);
    }

    /// <summary>Splits a JSON block stream into its top-level objects (our export writes them back to back).</summary>
    private static string[] SplitBlocks(string text)
    {
        var blocks = new List<string>();
        int depth = 0, start = 0;
        bool inString = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"') inString = !inString;
            if (inString) continue;
            if (c == '{' && depth++ == 0) start = i;
            if (c == '}' && --depth == 0) blocks.Add(text[start..(i + 1)]);
        }
        return [.. blocks];
    }
}
