using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class LightProtocolTests
{
    [Fact]
    public void ARemoteReadRequestEncodesWithFieldsFromTwo()
    {
        byte[] encoded = new LightRequest { RemoteRead = new RemoteReadRequest([0xaa], [[1], [2]]) }.Encode();
        Assert.Equal(Convert.FromHexString("12091201aa1a01011a0102"), encoded);
    }

    [Fact]
    public void EveryRequestKindRoundTrips()
    {
        LightRequest call = LightRequest.Decode(new LightRequest { RemoteCall = new RemoteCallRequest([1], "Core_version", []) }.Encode());
        Assert.Equal("Core_version", call.RemoteCall!.Method);
        Assert.Equal([1], call.RemoteCall.Block);
        Assert.Empty(call.RemoteCall.Data);

        LightRequest read = LightRequest.Decode(new LightRequest { RemoteRead = new RemoteReadRequest([2], [[3], [4, 5]]) }.Encode());
        Assert.Equal([[3], [4, 5]], read.RemoteRead!.Keys);

        LightRequest child = LightRequest.Decode(
            new LightRequest { RemoteReadChild = new RemoteReadChildRequest([6], [7], [[8]]) }.Encode());
        Assert.Equal([7], child.RemoteReadChild!.StorageKey);
        Assert.Equal([[8]], child.RemoteReadChild.Keys);
        Assert.Null(child.RemoteRead);
    }

    [Fact]
    public void ARequestMustCarryExactlyOneMember()
    {
        Assert.Throws<InvalidOperationException>(() => new LightRequest().Encode());
        Assert.Throws<ProtocolDecodeException>(() => LightRequest.Decode([]));
        // Only a RemoteReadRequestV2 (field 6): not supported.
        Assert.Throws<ProtocolDecodeException>(() => LightRequest.Decode(Convert.FromHexString("32030a0101")));
    }

    [Theory]
    [InlineData("0a021a00")]            // call without block
    [InlineData("0a061201001a01ff")]    // call method not UTF-8 and no data
    [InlineData("12021a00")]            // read without block
    [InlineData("22031201aa")]          // child read without storage key
    [InlineData("0a05")]                // truncated
    public void MalformedRequestsAreRejected(string hex)
    {
        Assert.Throws<ProtocolDecodeException>(() => LightRequest.Decode(Convert.FromHexString(hex)));
    }

    [Fact]
    public void ResponsesRoundTripIncludingAnAbsentProof()
    {
        byte[] encoded = new LightResponse(LightResponseKind.RemoteRead, [4, 0]).Encode();
        Assert.Equal(Convert.FromHexString("120412020400"), encoded);
        LightResponse read = LightResponse.Decode(encoded);
        Assert.Equal(LightResponseKind.RemoteRead, read.Kind);
        Assert.Equal([4, 0], read.Proof);

        LightResponse call = LightResponse.Decode(new LightResponse(LightResponseKind.RemoteCall, null).Encode());
        Assert.Equal(LightResponseKind.RemoteCall, call.Kind);
        Assert.Null(call.Proof);
        Assert.Throws<ProtocolDecodeException>(() => LightResponse.Decode([]));
    }
}
