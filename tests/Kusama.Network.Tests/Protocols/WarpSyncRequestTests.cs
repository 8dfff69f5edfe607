using Kusama.Core;
using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class WarpSyncRequestTests
{
    [Fact]
    public void TheRequestIsTheBareHash()
    {
        Hash256 begin = Hash256.Parse("0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe");
        byte[] encoded = new WarpSyncRequest(begin).Encode();
        Assert.Equal(begin.ToArray(), encoded);
        Assert.Equal(begin, WarpSyncRequest.Decode(encoded).Begin);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void ARequestOfAnyOtherLengthIsRejected(int length)
    {
        Assert.Throws<ProtocolDecodeException>(() => WarpSyncRequest.Decode(new byte[length]));
    }
}
