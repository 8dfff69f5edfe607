using Kusama.Core;
using Kusama.Frame.Transactions;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Frame.Tests.Transactions;

/// <summary>Known bytes from @polkadot/types 16.5.6 <c>createType('InherentData' | 'CheckInherentsResult', …)</c>.</summary>
public class InherentDataTests
{
    private static readonly InherentIdentifier Timestamp = InherentIdentifier.FromAscii("timstap0");
    private static readonly InherentIdentifier BabeSlot = InherentIdentifier.FromAscii("babeslot");

    [Fact]
    public void Entries_are_encoded_in_identifier_byte_order()
    {
        var data = new InherentData();
        Assert.True(data.Put<ulong, U64Codec>(Timestamp, 100_000_000));
        Assert.True(data.Put<ulong, U64Codec>(BabeSlot, 42));

        byte[] encoded = ScaleCodec.Encode(data);

        Assert.Equal("0x0862616265736c6f74202a0000000000000074696d73746170302000e1f50500000000", Hex.Encode(encoded));
        var decoded = ScaleCodec.Decode<InherentData>(encoded);
        Assert.True(decoded.TryGet<ulong, U64Codec>(Timestamp, out ulong now));
        Assert.Equal(100_000_000UL, now);
        Assert.Equal(2, decoded.Count);
    }

    [Fact]
    public void Put_refuses_an_identifier_that_is_taken_and_replace_overwrites()
    {
        var data = new InherentData();
        data.Put<ulong, U64Codec>(Timestamp, 1);

        Assert.False(data.Put<ulong, U64Codec>(Timestamp, 2));
        data.Replace<ulong, U64Codec>(Timestamp, 3);
        Assert.True(data.TryGet<ulong, U64Codec>(Timestamp, out ulong value));
        Assert.Equal(3UL, value);
        Assert.False(data.TryGet<ulong, U64Codec>(BabeSlot, out _));
    }

    [Fact]
    public void A_value_of_the_wrong_shape_is_a_decode_error()
    {
        var data = new InherentData();
        data.Put<uint, U32Codec>(Timestamp, 1);

        Assert.Throws<ScaleDecodeException>(() => data.TryGet<ulong, U64Codec>(Timestamp, out _));
    }

    [Fact]
    public void Check_inherents_result_encodes_okay_fatal_and_errors()
    {
        var result = new CheckInherentsResult();
        Assert.True(result.PutError<byte[], BytesCodec>(BabeSlot, [9], isFatal: false));
        Assert.True(result.PutError<byte[], BytesCodec>(Timestamp, [2], isFatal: true));
        Assert.False(result.PutError<byte[], BytesCodec>(BabeSlot, [3], isFatal: false));

        // The fatal error replaced the earlier one; the value is the SCALE encoding of Vec<u8> [2] (0x0402).
        byte[] encoded = ScaleCodec.Encode(result);
        Assert.Equal("0x00010474696d7374617030080402", Hex.Encode(encoded));

        var known = ScaleCodec.Decode<CheckInherentsResult>(Hex.Decode("0x00010474696d7374617030080102"));
        Assert.False(known.Okay);
        Assert.True(known.FatalError);
        Assert.True(known.Errors.TryGetRaw(Timestamp, out ReadOnlySpan<byte> error));
        Assert.Equal(new byte[] { 1, 2 }, error.ToArray());
    }

    [Fact]
    public void A_fresh_check_result_is_okay_and_encodes_as_such()
    {
        Assert.Equal("0x010000", Hex.Encode(ScaleCodec.Encode(new CheckInherentsResult())));
    }

    [Theory]
    [InlineData("0x0874696d7374617030")]
    [InlineData("0x04")]
    [InlineData("0x0474696d737461703008")]
    public void Truncated_inherent_data_is_rejected(string hex)
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<InherentData>(Hex.Decode(hex)));
    }

    [Fact]
    public void Identifiers_print_as_their_ascii_name()
    {
        Assert.Equal("timstap0", Timestamp.ToString());
        Assert.True(BabeSlot.CompareTo(Timestamp) < 0);
    }
}
