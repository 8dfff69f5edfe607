using Kusama.Core;
using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class BlockResponseTests
{
    private static readonly Hash256 SampleHash = Hash256.Parse("0x" + new string('5', 64));

    [Fact]
    public void AResponseEncodesAsHandWrittenProtobuf()
    {
        var response = new BlockResponse([new BlockData { Hash = SampleHash, Header = [1, 2], Body = [[4, 9]] }]);
        byte[] expected = [0x0a, 0x2a, 0x0a, 0x20, .. SampleHash.Bytes, 0x12, 0x02, 1, 2, 0x1a, 0x02, 4, 9];
        Assert.Equal(expected, response.Encode());
    }

    [Fact]
    public void EveryFieldRoundTrips()
    {
        var block = new BlockData
        {
            Hash = SampleHash,
            Header = [1, 2, 3],
            Body = [[4, 1], [], [8, 1, 2]],
            Receipt = [5],
            MessageQueue = [6],
            Justification = [7, 7],
            IsEmptyJustification = true,
            Justifications = [4, 0x46, 0x52, 0x4e, 0x4b, 0],
            IndexedBody = [[9], [10]],
        };
        BlockResponse decoded = BlockResponse.Decode(new BlockResponse([block, block with { Hash = Hash256.Zero, Body = [] }]).Encode());
        Assert.Equal(2, decoded.Blocks.Count);
        BlockData first = decoded.Blocks[0];
        Assert.Equal(SampleHash, first.Hash);
        Assert.Equal(block.Header, first.Header);
        Assert.Equal(block.Body, first.Body);
        Assert.Equal(block.Receipt, first.Receipt);
        Assert.Equal(block.MessageQueue, first.MessageQueue);
        Assert.Equal(block.Justification, first.Justification);
        Assert.True(first.IsEmptyJustification);
        Assert.Equal(block.Justifications, first.Justifications);
        Assert.Equal(block.IndexedBody, first.IndexedBody);
        Assert.Equal(Hash256.Zero, decoded.Blocks[1].Hash);
        Assert.Empty(decoded.Blocks[1].Body);
    }

    [Fact]
    public void AnEmptyResponseIsZeroBytes()
    {
        Assert.Empty(new BlockResponse([]).Encode());
        Assert.Empty(BlockResponse.Decode([]).Blocks);
    }

    [Fact]
    public void UnknownFieldsInsideAndOutsideBlockDataAreSkipped()
    {
        byte[] inner = [0x0a, 0x20, .. SampleHash.Bytes, 0x52, 0x01, 0xee, 0x58, 0x01];
        byte[] bytes = [0x10, 0x01, 0x0a, (byte)inner.Length, .. inner, 0x1a, 0x00];
        BlockResponse decoded = BlockResponse.Decode(bytes);
        Assert.Equal(SampleHash, Assert.Single(decoded.Blocks).Hash);
    }

    [Theory]
    [InlineData("0a00")]                    // block data without a hash
    [InlineData("0a030a0101")]              // hash of one byte
    [InlineData("0aff")]                    // truncated length varint
    [InlineData("0affffffff0f")]            // length far beyond the input
    [InlineData("08")]                      // key without value
    public void HostileResponsesAreRejected(string hex)
    {
        Assert.Throws<ProtocolDecodeException>(() => BlockResponse.Decode(Convert.FromHexString(hex)));
    }

    [Fact]
    public void AnOversizedResponseIsRejectedBeforeParsing()
    {
        Assert.Throws<ProtocolDecodeException>(() => BlockResponse.Decode(new byte[ProtocolLimits.MaxResponseSize + 1]));
    }
}
