using Kusama.Core;
using Kusama.Runtime.Pallets.Balances;

namespace Kusama.Runtime.Tests.Support;

/// <summary>FRAME's <c>ExtBuilder</c>: configures genesis for a runtime test and builds its <see cref="TestExternalities"/> at block 1 (so events are recorded).</summary>
public sealed class ExtBuilder
{
    private RuntimeConfig _config = RuntimeConfig.Kusama;
    private uint _blockNumber = 1;
    private (AccountId32, Balance)[] _balances = [];

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

    /// <summary>Endows these accounts in Balances' genesis (each gets one provider reference).</summary>
    public ExtBuilder WithBalances(params (AccountId32, Balance)[] balances)
    {
        _balances = balances;
        return this;
    }

    /// <summary>Overrides the existential deposit (FRAME's tests use 1 or other small values).</summary>
    public ExtBuilder WithExistentialDeposit(Balance existentialDeposit)
    {
        _config = _config with { Balances = _config.Balances with { ExistentialDeposit = existentialDeposit } };
        return this;
    }

    public TestExternalities Build()
    {
        var ext = new TestExternalities(new MemoryState(), _config);
        // Genesis is built at block 0, where no events are recorded.
        new BalancesGenesisConfig(_balances).Build(ext.Runtime.Balances, ext.System);
        ext.System.Number.Set(_blockNumber);
        return ext;
    }

    /// <summary>FRAME's <c>build_and_execute_with</c>: builds, runs <paramref name="test"/>, then checks the runtime's invariants.</summary>
    public void BuildAndExecute(Action<TestExternalities> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        TestExternalities ext = Build();
        test(ext);
        ext.AssertTotalIssuanceInvariant();
    }
}
