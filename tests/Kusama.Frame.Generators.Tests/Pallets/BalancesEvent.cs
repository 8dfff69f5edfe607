using Kusama.Core;
using Kusama.Frame.Declarations;
using Kusama.Scale;

namespace Kusama.Frame.Generators.Tests.Pallets;

/// <summary>Some of pallet_balances' events, declared the way System's are.</summary>
public abstract partial record BalancesEvent
{
    private BalancesEvent()
    {
    }

    [ScaleIndex(2)]
    public sealed record Transfer(AccountId32 From, AccountId32 To, Balance Amount) : BalancesEvent;

    /// <summary>A field marked compact on its property, as <c>#[codec(compact)]</c> would (not a Kusama event).</summary>
    [ScaleIndex(30)]
    public sealed record CompactAmount(AccountId32 Who, [property: Compact] Balance Amount, byte[] Memo) : BalancesEvent;
}
