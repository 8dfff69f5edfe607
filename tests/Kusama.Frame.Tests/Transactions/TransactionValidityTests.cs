using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Frame.Tests.Transactions;

/// <summary>Known bytes from @polkadot/types 16.5.6 <c>createType</c> unless noted.</summary>
public class TransactionValidityTests
{
    private static Result<ValidTransaction, TransactionValidityError> RoundTrip(string hex)
    {
        byte[] bytes = Hex.Decode(hex);
        var value = ScaleCodec.Decode<Result<ValidTransaction, TransactionValidityError>, TransactionValidityCodec>(bytes);
        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode<Result<ValidTransaction, TransactionValidityError>, TransactionValidityCodec>(value)));
        return value;
    }

    [Fact]
    public void A_valid_transaction_encodes_priority_tags_longevity_and_propagate()
    {
        var valid = new ValidTransaction(258, [[1, 2], []], [[0xaa, 0xbb, 0xcc]], 64, true);
        var value = RoundTrip("0x0002010000000000000808010200040caabbcc400000000000000001");

        Assert.True(value.IsOk);
        Assert.Equal(valid, value.OkValue);
    }

    [Theory]
    [InlineData("0x010003", InvalidTransactionKind.Stale, 0)]
    [InlineData("0x0100072a", InvalidTransactionKind.Custom, 42)]
    public void Invalid_errors_carry_their_variant_index(string hex, InvalidTransactionKind kind, byte code)
    {
        var error = RoundTrip(hex).ErrValue;

        Assert.True(error.IsInvalid);
        Assert.Equal(kind, error.InvalidError.Kind);
        Assert.Equal(code, error.InvalidError.CustomCode);
    }

    [Theory]
    [InlineData("0x01010207", UnknownTransactionKind.Custom, 7)]
    [InlineData("0x010101", UnknownTransactionKind.NoUnsignedValidator, 0)]
    public void Unknown_errors_carry_their_variant_index(string hex, UnknownTransactionKind kind, byte code)
    {
        var error = RoundTrip(hex).ErrValue;

        Assert.True(error.IsUnknown);
        Assert.Equal(kind, error.UnknownError.Kind);
        Assert.Equal(code, error.UnknownError.CustomCode);
    }

    [Theory]
    // Indices 0-10 as polkadot.js encodes them; 11 and 12 are the variants polkadot-sdk's
    // sp-runtime transaction_validity.rs added after polkadot.js's definition (declaration order).
    [InlineData(InvalidTransactionKind.Call, "0x0000")]
    [InlineData(InvalidTransactionKind.Payment, "0x0001")]
    [InlineData(InvalidTransactionKind.Future, "0x0002")]
    [InlineData(InvalidTransactionKind.BadProof, "0x0004")]
    [InlineData(InvalidTransactionKind.AncientBirthBlock, "0x0005")]
    [InlineData(InvalidTransactionKind.ExhaustsResources, "0x0006")]
    [InlineData(InvalidTransactionKind.BadMandatory, "0x0008")]
    [InlineData(InvalidTransactionKind.MandatoryValidation, "0x0009")]
    [InlineData(InvalidTransactionKind.BadSigner, "0x000a")]
    [InlineData(InvalidTransactionKind.IndeterminateImplicit, "0x000b")]
    [InlineData(InvalidTransactionKind.UnknownOrigin, "0x000c")]
    public void Every_invalid_variant_has_its_sp_runtime_index(InvalidTransactionKind kind, string hex)
    {
        TransactionValidityError error = InvalidTransaction.Of(kind);

        Assert.Equal(hex, Hex.Encode(ScaleCodec.Encode(error)));
        Assert.Equal(error, ScaleCodec.Decode<TransactionValidityError>(Hex.Decode(hex)));
    }

    [Fact]
    public void Cannot_lookup_is_unknown_variant_zero()
    {
        TransactionValidityError error = UnknownTransaction.CannotLookup;

        Assert.Equal("0x0100", Hex.Encode(ScaleCodec.Encode(error)));
    }

    [Theory]
    [InlineData("0x000d")] // past UnknownOrigin
    [InlineData("0x0103")] // past UnknownTransaction::Custom
    [InlineData("0x0200")] // neither Invalid nor Unknown
    [InlineData("0x0007")] // Custom without its code
    public void Unknown_variants_are_rejected(string hex)
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<TransactionValidityError>(Hex.Decode(hex)));
    }

    [Fact]
    public void Exhausted_resources_and_mandatory_are_recognised()
    {
        Assert.True(((TransactionValidityError)InvalidTransaction.ExhaustsResources).ExhaustedResources);
        Assert.False(((TransactionValidityError)InvalidTransaction.Payment).ExhaustedResources);
        Assert.True(((TransactionValidityError)InvalidTransaction.BadMandatory).WasMandatory);
        Assert.False(((TransactionValidityError)UnknownTransaction.CannotLookup).WasMandatory);
    }

    [Fact]
    public void CombineWith_adds_priorities_saturating_concatenates_tags_and_takes_the_shorter_life()
    {
        var first = new ValidTransaction(ulong.MaxValue - 1, [[1]], [[2]], 100, true);
        var second = new ValidTransaction(5, [[3]], [[4], [5]], 64, false);

        var combined = first.CombineWith(second);

        Assert.Equal(ulong.MaxValue, combined.Priority);
        Assert.Equal(new byte[][] { [1], [3] }, combined.Requires);
        Assert.Equal(new byte[][] { [2], [4], [5] }, combined.Provides);
        Assert.Equal(64UL, combined.Longevity);
        Assert.False(combined.Propagate);
        Assert.Equal(new ValidTransaction(7, [], [], 10, true), new ValidTransaction(3, [], [], 10, true).CombineWith(new ValidTransaction(4, [], [], ulong.MaxValue, true)));
    }

    [Fact]
    public void The_default_lives_forever_and_propagates()
    {
        var value = ValidTransaction.Default;

        Assert.Equal(0UL, value.Priority);
        Assert.Equal(ulong.MaxValue, value.Longevity);
        Assert.True(value.Propagate);
        Assert.Empty(value.Requires);
    }

    [Theory]
    [InlineData(TransactionSource.InBlock, 0)]
    [InlineData(TransactionSource.Local, 1)]
    [InlineData(TransactionSource.External, 2)]
    public void Transaction_sources_have_their_wire_indices(TransactionSource source, byte index)
    {
        Assert.Equal(index, (byte)source);
    }

    [Fact]
    public void A_tag_count_larger_than_the_input_is_rejected_before_allocating()
    {
        Assert.Throws<ScaleDecodeException>(() =>
            ScaleCodec.Decode<Result<ValidTransaction, TransactionValidityError>, TransactionValidityCodec>(Hex.Decode("0x000000000000000000feffffff")));
    }
}
