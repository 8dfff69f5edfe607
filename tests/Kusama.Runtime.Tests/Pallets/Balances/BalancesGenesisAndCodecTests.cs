using Kusama.Core;
using Kusama.Runtime.Pallets.Balances;
using Kusama.Runtime.Tests.Support;
using Kusama.Scale;

namespace Kusama.Runtime.Tests.Pallets.Balances;

public class BalancesGenesisAndCodecTests : BalancesTestBase
{
    [Fact]
    public void Genesis_sets_total_issuance_and_one_provider_per_account()
    {
        new ExtBuilder().WithBalances((Acc(1), 1_000_000_000UL), (Acc(2), 2_000_000_000UL)).BuildAndExecute(ext =>
        {
            Assert.Equal((Balance)3_000_000_000UL, ext.Runtime.Balances.TotalIssuance.Get());
            Assert.Equal(1u, ext.System.Providers(Acc(1)));
            Assert.Equal((Balance)2_000_000_000UL, ext.Runtime.Balances.FreeBalance(Acc(2)));
            Assert.Empty(ext.Events());
        });
    }

    [Fact]
    public void Genesis_rejects_a_balance_below_Kusamas_existential_deposit()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExtBuilder().WithBalances((Acc(1), 333_333_332UL)).Build());
        Assert.Contains("existential deposit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Genesis_rejects_duplicate_accounts()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ExtBuilder().WithBalances((Acc(1), 333_333_333UL), (Acc(1), 333_333_333UL)).Build());
        Assert.Contains("Duplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kusamas_constants_match_the_metadata()
    {
        // Kusama metadata (spec 1_003_000) constants: ExistentialDeposit 0x5543de13 00.. (u128 LE), MaxLocks 50, MaxReserves 50, MaxFreezes 8.
        Assert.Equal("0x5543de13000000000000000000000000", Hex.Encode(ScaleCodec.Encode<Balance, Kusama.Scale.Codecs.BalanceCodec>(BalancesConfig.Kusama.ExistentialDeposit)));
        Assert.Equal(50u, BalancesConfig.Kusama.MaxLocks);
        Assert.Equal(50u, BalancesConfig.Kusama.MaxReserves);
        Assert.Equal(8u, BalancesConfig.Kusama.MaxFreezes);
    }

    [Fact]
    public void TransferKeepAlive_call_encodes_as_polkadot_js_does()
    {
        // api.tx.balances.transferKeepAlive(Alice, 12345).method.toHex() on Kusama: pallet 4, call 3, MultiAddress::Id, Compact<u128>.
        var alice = AccountId32.Parse("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
        var call = new RuntimeCall.Balances(new BalancesCall.TransferKeepAlive(new Kusama.Frame.Primitives.MultiAddress.Id(alice), 12345UL));
        byte[] bytes = ScaleCodec.Encode<RuntimeCall>(call);
        Assert.Equal("0x040300d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27de5c0", Hex.Encode(bytes));
        Assert.Equal(call, ScaleCodec.Decode<RuntimeCall>(bytes));
    }

    [Fact]
    public void Every_event_roundtrips_through_RuntimeEvent()
    {
        RuntimeEvent[] events =
        [
            Ev(new BalancesEvent.Endowed(Acc(1), 5)), Ev(new BalancesEvent.ReserveRepatriated(Acc(1), Acc(2), 3, Status.Reserved)),
            Ev(new BalancesEvent.Upgraded(Acc(3))), Ev(new BalancesEvent.Issued(9)), Ev(new BalancesEvent.TotalIssuanceForced(1, 2)),
        ];
        foreach (RuntimeEvent e in events)
        {
            byte[] bytes = ScaleCodec.Encode(e);
            Assert.Equal(KusamaRuntime.BalancesIndex, bytes[0]);
            Assert.Equal(bytes.Length, RuntimeEvent.GetEncodedSize(e));
            Assert.Equal(e, ScaleCodec.Decode<RuntimeEvent>(bytes));
        }
        Assert.Equal(21, ScaleCodec.Encode(Ev(new BalancesEvent.TotalIssuanceForced(1, 2)))[1]);
    }

    [Fact]
    public void Hold_and_freeze_reasons_encode_as_pallet_index_then_variant()
    {
        Assert.Equal("0x2000", Hex.Encode(ScaleCodec.Encode(RuntimeHoldReason.Preimage)));
        Assert.Equal("0x2600", Hex.Encode(ScaleCodec.Encode(RuntimeHoldReason.NisNftReceipt)));
        Assert.Equal("0x2900", Hex.Encode(ScaleCodec.Encode(RuntimeFreezeReason.NominationPoolsPoolMinBalance)));
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<RuntimeHoldReason>([0x21, 0x00]));
    }
}
