using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Dispatch;
using Kusama.Frame.Extrinsics;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Executive;
using Kusama.Runtime.Extensions;
using Kusama.Runtime.Tests.Executive;

namespace Kusama.Runtime.Tests.Extensions;

public class ExtensionTests
{
    private static readonly KeyPair Alice = TestChain.Alice(KeyScheme.Sr25519);

    private static TransactionValidityError Invalid(InvalidTransaction error) => TransactionValidityError.Invalid(error);

    [Fact]
    public void Extensions_are_in_Kusamas_order()
    {
        var executive = new TestChain().Open();
        Assert.Equal(
            ["CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality", "CheckNonce", "CheckWeight", "ChargeTransactionPayment", "CheckMetadataHash"],
            executive.Extensions.Items.Select(e => e.Identifier));
    }

    [Fact]
    public void A_future_nonce_is_valid_for_the_pool_with_requires_and_provides_tags()
    {
        var chain = new TestChain();
        var result = chain.Open().ValidateTransaction(TransactionSource.External, chain.Sign(Alice, TestChain.Remark([]), nonce: 2), TestChain.GenesisHash);

        ValidTransaction valid = result.OkValue;
        // CheckNonce tags: SCALE (AccountId, u32 nonce).
        Assert.Equal([Alice.AccountId.ToArray().Concat(new byte[] { 1, 0, 0, 0 }).ToArray()], valid.Requires);
        Assert.Equal([Alice.AccountId.ToArray().Concat(new byte[] { 2, 0, 0, 0 }).ToArray()], valid.Provides);
        // CheckMortality: an immortal era dies at u64::MAX, counted from the notional block 1 (FRAME saturating_sub).
        Assert.Equal(ulong.MaxValue - 1, valid.Longevity);
        Assert.True(valid.Propagate);
    }

    [Fact]
    public void The_current_nonce_requires_nothing()
    {
        var chain = new TestChain();
        ValidTransaction valid = chain.Open().ValidateTransaction(TransactionSource.External, chain.Sign(Alice, TestChain.Remark([]), 0), TestChain.GenesisHash).OkValue;
        Assert.Empty(valid.Requires);
        Assert.Equal([CheckNonce.Tag(Alice.AccountId, 0)], valid.Provides);
    }

    [Fact]
    public void A_stale_nonce_is_rejected_and_a_future_one_cannot_be_applied()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        Assert.True(executive.ApplyExtrinsic(chain.Sign(Alice, TestChain.Remark([]), 0)).IsValid);

        Assert.Equal(Invalid(InvalidTransaction.Stale), executive.ApplyExtrinsic(chain.Sign(Alice, TestChain.Remark([1]), 0)).ValidityError);
        Assert.Equal(Invalid(InvalidTransaction.Future), executive.ApplyExtrinsic(chain.Sign(Alice, TestChain.Remark([1]), 2)).ValidityError);
    }

    [Fact]
    public void An_account_without_providers_cannot_pay_for_its_nonce()
    {
        var chain = new TestChain();
        KeyPair bob = TestChain.Bob(KeyScheme.Sr25519);
        var result = chain.Open().ValidateTransaction(TransactionSource.External, chain.Sign(bob, TestChain.Remark([]), 0), TestChain.GenesisHash);
        Assert.Equal(Invalid(InvalidTransaction.Payment), result.ErrValue);
    }

    [Fact]
    public void Wrong_spec_version_or_genesis_fails_the_signature()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        Assert.Equal(Invalid(InvalidTransaction.BadProof), executive.ApplyExtrinsic(chain.Sign(Alice, TestChain.Remark([]), 0, specVersion: 1_007_000)).ValidityError);
        Assert.Equal(Invalid(InvalidTransaction.BadProof), executive.ApplyExtrinsic(chain.Sign(Alice, TestChain.Remark([]), 0, genesisHash: Hash256.Zero)).ValidityError);
    }

    [Fact]
    public void A_mortal_era_born_in_a_block_no_longer_kept_is_AncientBirthBlock()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        executive.InitializeBlock(TestChain.Block1Header());
        // Born at block 64 (phase 0, period 64) while the chain only knows block 0's hash.
        executive.Runtime.System.Number.Set(100);
        Era era = Era.Mortal(64, 64);
        Assert.Equal(Invalid(InvalidTransaction.AncientBirthBlock), executive.ApplyExtrinsic(chain.Sign(Alice, TestChain.Remark([]), 0, era)).ValidityError);
    }

    [Fact]
    public void A_mortal_transaction_is_valid_until_its_era_ends()
    {
        var chain = new TestChain();
        var executive = chain.Open();
        // Validating at best block 0 = notional block 1; the era is born at block 0 (genesis).
        Era era = Era.Mortal(64, 0);
        ValidTransaction valid = executive.ValidateTransaction(TransactionSource.External, chain.Sign(Alice, TestChain.Remark([]), 0, era, TestChain.GenesisHash), TestChain.GenesisHash).OkValue;
        // death = birth 0 + period 64; longevity counts from the notional block 1.
        Assert.Equal(63ul, valid.Longevity);
    }

    [Fact]
    public void The_zero_account_is_a_bad_signer()
    {
        var executive = new TestChain().Open();
        var tx = new TransactionContext(new AccountId32(new byte[32]), TestChain.Remark([]), new DispatchInfo(Weight.Zero), 100, default, TransactionSource.External);
        ValidTransaction? validity = null;
        Assert.Equal(Invalid(InvalidTransaction.BadSigner), new CheckNonZeroSender().Validate(ref tx, ref validity));
        var alice = new TransactionContext(Alice.AccountId, TestChain.Remark([]), new DispatchInfo(Weight.Zero), 100, default, TransactionSource.External);
        Assert.Null(new CheckNonZeroSender().Validate(ref alice, ref validity));
    }

    [Fact]
    public void Metadata_hash_mode_1_cannot_be_looked_up_without_a_built_in_hash()
    {
        var chain = new TestChain();
        var result = chain.Open().ValidateTransaction(TransactionSource.External, chain.Sign(Alice, TestChain.Remark([]), 0, mode: MetadataHashMode.Enabled), TestChain.GenesisHash);
        Assert.Equal(TransactionValidityError.Unknown(UnknownTransaction.CannotLookup), result.ErrValue);
    }

    [Fact]
    public void Normal_extrinsic_is_limited_by_the_maximum_extrinsic_weight()
    {
        var system = new TestChain().Open().Runtime.System;
        Weight max = system.Config.BlockWeights.Get(DispatchClass.Normal).MaxExtrinsic!.Value;
        Assert.Equal(Invalid(InvalidTransaction.ExhaustsResources), system.CheckExtrinsicWeight(new DispatchInfo(max.SaturatingAdd(Weight.FromParts(1, 0))), 0));
        Assert.Null(system.CheckExtrinsicWeight(new DispatchInfo(max), 0));
    }

    [Fact]
    public void Mandatory_extrinsic_does_not_care_about_limits()
    {
        var system = new TestChain().Open().Runtime.System;
        var info = new DispatchInfo(Weight.MaxValue, DispatchClass.Mandatory);
        Assert.Null(system.CheckExtrinsicWeight(info, 0));
        Assert.Null(system.CheckBlockLength(info, 0, out uint next));
        Assert.Null(system.ReserveBlockResources(info, 0, next));
        Assert.Equal(Weight.MaxValue, system.BlockWeight.Get().Mandatory);
    }

    [Fact]
    public void Normal_class_fills_up_to_its_total_and_operational_may_use_the_reserve()
    {
        var system = new TestChain().Open().Runtime.System;
        var limits = system.Config.BlockWeights;
        Weight normalTotal = limits.Get(DispatchClass.Normal).MaxTotal!.Value;
        Weight baseExtrinsic = limits.Get(DispatchClass.Normal).BaseExtrinsic;
        // Fill Normal to exactly its total (ref time), then one more unit is too much.
        var fill = new DispatchInfo(Weight.FromParts(normalTotal.RefTime - baseExtrinsic.RefTime, 0));
        Assert.Null(system.ReserveBlockResources(fill, 0, 0));
        Assert.Equal(Invalid(InvalidTransaction.ExhaustsResources), system.ReserveBlockResources(new DispatchInfo(Weight.FromParts(1, 0)), 0, 0));
        // Operational still fits into what is left of the block.
        Assert.Null(system.ReserveBlockResources(new DispatchInfo(Weight.FromParts(1_000_000, 0), DispatchClass.Operational), 0, 0));
    }

    [Fact]
    public void Normal_extrinsics_are_limited_by_the_normal_block_length()
    {
        var system = new TestChain().Open().Runtime.System;
        uint normalMax = system.Config.BlockLength.Max.Normal;
        Assert.Equal(3_932_160u, normalMax);
        system.AllExtrinsicsLen.Set(normalMax - 10);
        Assert.Null(system.CheckBlockLength(new DispatchInfo(Weight.Zero), 10, out uint next));
        Assert.Equal(normalMax, next);
        Assert.Equal(Invalid(InvalidTransaction.ExhaustsResources), system.CheckBlockLength(new DispatchInfo(Weight.Zero), 11, out _));
        Assert.Null(system.CheckBlockLength(new DispatchInfo(Weight.Zero, DispatchClass.Operational), 11, out _));
    }

    [Fact]
    public void Unspent_weight_is_given_back_to_the_block()
    {
        var system = new TestChain().Open().Runtime.System;
        var info = new DispatchInfo(Weight.FromParts(1_000, 0));
        Assert.Null(system.ReserveBlockResources(info, 0, 0));
        Weight booked = system.BlockWeight.Get().Normal;
        system.ReclaimWeight(info, new PostDispatchInfo(Weight.FromParts(400, 0)));
        Assert.Equal(booked.SaturatingSub(Weight.FromParts(600, 0)), system.BlockWeight.Get().Normal);
    }
}
