namespace Kusama.Node.Tests.Operations;

public sealed class PurgeChainCommandTests : IDisposable
{
    private readonly DevChainFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private string DbDirectory => Path.GetDirectoryName(_fixture.Configuration().DatabasePath)!;

    [Fact]
    public void With_y_the_database_directory_goes_and_nothing_else_in_the_base_path()
    {
        _fixture.Author(1);
        string keystore = Path.Combine(_fixture.BasePath, "chains", "kusama_dev", "keystore");
        Directory.CreateDirectory(keystore);
        File.WriteAllText(Path.Combine(_fixture.BasePath, "note.txt"), "keep");

        CliRun purge = CliRun.Of("purge-chain", "--dev", "--base-path", _fixture.BasePath, "-y");

        Assert.Equal(0, purge.ExitCode);
        Assert.Equal($"\"{DbDirectory}\" removed.", purge.Output.Trim());
        Assert.False(Directory.Exists(DbDirectory));
        Assert.True(Directory.Exists(keystore));
        Assert.True(File.Exists(Path.Combine(_fixture.BasePath, "note.txt")));
    }

    [Fact]
    public void Without_y_it_asks_and_only_a_yes_removes()
    {
        _fixture.Author(1);

        CliRun declined = CliRun.WithInput("n\n", "purge-chain", "--dev", "-d", _fixture.BasePath);
        Assert.Equal($"Are you sure to remove \"{DbDirectory}\"? [y/N]: Aborted", declined.Output.Trim());
        Assert.True(Directory.Exists(DbDirectory));

        CliRun empty = CliRun.WithInput("", "purge-chain", "--dev", "-d", _fixture.BasePath);
        Assert.EndsWith("Aborted", empty.Output.Trim());
        Assert.True(Directory.Exists(DbDirectory));

        CliRun accepted = CliRun.WithInput("Yes\n", "purge-chain", "--dev", "-d", _fixture.BasePath);
        Assert.Equal(0, accepted.ExitCode);
        Assert.EndsWith("removed.", accepted.Output.Trim());
        Assert.False(Directory.Exists(DbDirectory));
    }

    [Fact]
    public void A_missing_database_is_reported_as_not_existing()
    {
        CliRun purge = CliRun.Of("purge-chain", "--chain", "local", "-d", _fixture.BasePath, "-y");

        Assert.Equal(0, purge.ExitCode);
        Assert.Equal($"\"{Path.Combine(_fixture.BasePath, "chains", "kusama_local_testnet", "db")}\" did not exist.", purge.Error.Trim());
    }

    [Fact]
    public void A_purged_chain_starts_again_from_genesis()
    {
        _fixture.Author(2);
        Assert.Equal(0, CliRun.Of("purge-chain", "--dev", "-d", _fixture.BasePath, "-y").ExitCode);

        Assert.Equal(1u, _fixture.Author(1).Number);
    }
}
