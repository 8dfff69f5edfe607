using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class StateProtocolTests
{
    [Fact]
    public void AStateRequestEncodesAsProtobuf()
    {
        byte[] encoded = new StateRequest([0xaa, 0xbb], [[1], [2, 3]], true).Encode();
        Assert.Equal(Convert.FromHexString("0a02aabb1201011202020318" + "01"), encoded);
    }

    [Fact]
    public void AStateRequestRoundTrips()
    {
        var request = new StateRequest(new byte[32], [[0x26, 0xaa], []], false);
        StateRequest decoded = StateRequest.Decode(request.Encode());
        Assert.Equal(request.Block, decoded.Block);
        Assert.Equal(request.Start, decoded.Start);
        Assert.False(decoded.NoProof);
    }

    [Fact]
    public void AStateResponseRoundTrips()
    {
        var response = new StateResponse(
            [new KeyValueStateEntry([], [new StateEntry([1], [2, 2]), new StateEntry([3], [])], false),
             new KeyValueStateEntry([9, 9], [new StateEntry([4], [5])], true)],
            [0x04, 0x00]);
        StateResponse decoded = StateResponse.Decode(response.Encode());
        Assert.Equal(2, decoded.Entries.Count);
        Assert.Empty(decoded.Entries[0].StateRoot);
        Assert.Equal([1], decoded.Entries[0].Entries[0].Key);
        Assert.Equal([2, 2], decoded.Entries[0].Entries[0].Value);
        Assert.Empty(decoded.Entries[0].Entries[1].Value);
        Assert.False(decoded.Entries[0].Complete);
        Assert.Equal([9, 9], decoded.Entries[1].StateRoot);
        Assert.True(decoded.Entries[1].Complete);
        Assert.Equal([0x04, 0x00], decoded.Proof);
    }

    [Fact]
    public void AStateResponseSkipsUnknownFields()
    {
        byte[] bytes = Convert.FromHexString("18011203040506" + "0a0512030a0101");
        StateResponse decoded = StateResponse.Decode(bytes);
        Assert.Equal([4, 5, 6], decoded.Proof);
        Assert.Equal([1], Assert.Single(Assert.Single(decoded.Entries).Entries).Key);
    }

    [Fact]
    public void AStateEntryLongerThanItsParentIsRejected()
    {
        Assert.Throws<ProtocolDecodeException>(() => StateResponse.Decode(Convert.FromHexString("0a0312050a")));
    }

    [Theory]
    [InlineData("0a05")]
    [InlineData("10")]
    public void HostileStateMessagesAreRejected(string hex)
    {
        byte[] bytes = Convert.FromHexString(hex);
        Assert.Throws<ProtocolDecodeException>(() => StateResponse.Decode(bytes));
        Assert.Throws<ProtocolDecodeException>(() => StateRequest.Decode(bytes));
    }
}
