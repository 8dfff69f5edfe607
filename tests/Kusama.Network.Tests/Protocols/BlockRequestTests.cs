using Kusama.Core;
using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class BlockRequestTests
{
    private static byte[] Vector => SubstrateVectors.Bytes("block_request_from1_hdr_body_just_max64", "bytes");

    private static readonly BlockRequest VectorRequest = new(
        BlockAttributes.Header | BlockAttributes.Body | BlockAttributes.Justification, null, 1, BlockDirection.Ascending, 64, true);

    [Fact]
    public void TheRequestEncodesToTheVector()
    {
        Assert.Equal(Vector, VectorRequest.Encode());
    }

    [Fact]
    public void TheVectorDecodes()
    {
        Assert.Equal(VectorRequest, BlockRequest.Decode(Vector));
    }

    [Fact]
    public void AttributesGoInTheTopByteOfFields()
    {
        byte[] encoded = new BlockRequest(BlockAttributes.Header, null, 0, BlockDirection.Ascending, 0, false).Encode();
        // fields = 1 << 24 = varint 80 80 80 08, then number = 4 zero bytes.
        Assert.Equal(Convert.FromHexString("08808080081a0400000000"), encoded);
    }

    [Fact]
    public void ADescendingRequestFromAHashRoundTrips()
    {
        var request = new BlockRequest(BlockAttributes.Header | BlockAttributes.IndexedBody,
            Hash256.Parse("0x" + new string('a', 64)), null, BlockDirection.Descending, 128, false);
        byte[] encoded = request.Encode();
        Assert.Equal(0x12, encoded[6]); // field 2, length-delimited, after the key and the 5-byte fields varint
        Assert.Equal(request, BlockRequest.Decode(encoded));
    }

    [Fact]
    public void UnknownFieldsAreSkipped()
    {
        // field 4 varint, field 9 fixed64, field 10 bytes, field 11 fixed32 around the vector.
        byte[] bytes = [0x20, 0x05, .. Vector, 0x49, 1, 2, 3, 4, 5, 6, 7, 8, 0x52, 0x02, 0xff, 0xff, 0x5d, 1, 2, 3, 4];
        Assert.Equal(VectorRequest, BlockRequest.Decode(bytes));
    }

    [Fact]
    public void LowerBytesOfFieldsAreIgnoredLikeSubstrate()
    {
        // fields = 0x13000001
        byte[] bytes = Convert.FromHexString("0881808098011a040100000030403801");
        Assert.Equal(VectorRequest, BlockRequest.Decode(bytes));
    }

    [Fact]
    public void EncodingRequiresExactlyOneStartBlock()
    {
        Assert.Throws<InvalidOperationException>(() => (VectorRequest with { FromNumber = null }).Encode());
        Assert.Throws<InvalidOperationException>(() => (VectorRequest with { FromHash = Hash256.Zero }).Encode());
    }

    [Theory]
    [InlineData("08808080980130403801")]               // no from_block
    [InlineData("088080809801")]                       // no from_block either
    [InlineData("1a03010000")]                         // 3-byte number
    [InlineData("12050102030405")]                     // 5-byte hash
    [InlineData("1a0401000000280a")]                   // unknown direction
    [InlineData("0880808080041a0401000000")]           // unknown attribute bit 0x40
    [InlineData("1a0801000000")]                       // length beyond the end
    [InlineData("1a04010000")]                         // truncated
    [InlineData("1a040100000030")]                     // key without its value
    [InlineData("1a0401000000308080808080808080808001")] // varint longer than 10 bytes
    [InlineData("1a04010000000b")]                     // group start (unsupported wire type)
    [InlineData("1a040100000000")]                     // field number 0
    [InlineData("0a040100000030")]                     // known field 1 with the wrong wire type
    public void HostileRequestsAreRejected(string hex)
    {
        Assert.Throws<ProtocolDecodeException>(() => BlockRequest.Decode(Convert.FromHexString(hex)));
    }

    [Fact]
    public void AnOversizedRequestIsRejectedBeforeParsing()
    {
        Assert.Throws<ProtocolDecodeException>(() => BlockRequest.Decode(new byte[ProtocolLimits.MaxRequestSize + 1]));
    }
}
