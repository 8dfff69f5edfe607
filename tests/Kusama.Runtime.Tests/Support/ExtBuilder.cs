namespace Kusama.Runtime.Tests.Support;

/// <summary>FRAME's <c>ExtBuilder</c>: configures genesis for a runtime test and builds its <see cref="TestExternalities"/> at block 1 (so events are recorded).</summary>
public sealed class ExtBuilder
{
    private RuntimeConfig _config = RuntimeConfig.Kusama;
    private uint _blockNumber = 1;

    public ExtBuilder WithConfig(RuntimeConfig config)
    {
        _config = config;
        return this;
    }

    public ExtBuilder AtBlock(uint number)
    {
        _blockNumber = number;
        return this;
    }

    public TestExternalities Build()
    {
        var ext = new TestExternalities(new MemoryState(), _config);
        ext.System.Number.Set(_blockNumber);
        return ext;
    }
}
