using Kusama.Network.Protocols;

namespace Kusama.Network.Tests.Protocols;

public class TransactionsNotificationTests
{
    [Fact]
    public void TheNotificationIsACountThenEachLengthPrefixedExtrinsic()
    {
        byte[][] extrinsics = [[0x08, 0xaa, 0xbb], [0x04, 0xcc]];
        byte[] encoded = TransactionsNotification.Encode(extrinsics);
        Assert.Equal([0x08, 0x08, 0xaa, 0xbb, 0x04, 0xcc], encoded);
        Assert.Equal(extrinsics, TransactionsNotification.Decode(encoded));
    }

    [Fact]
    public void AnEmptyNotificationIsOneZeroByte()
    {
        Assert.Equal([0x00], TransactionsNotification.Encode([]));
        Assert.Empty(TransactionsNotification.Decode([0x00]));
    }

    [Fact]
    public void EncodingRejectsAnExtrinsicWithoutItsLengthPrefix()
    {
        Assert.Throws<ArgumentException>(() => TransactionsNotification.Encode([[0x08, 0xaa]]));
    }

    [Theory]
    [InlineData("0808aa")]          // extrinsic shorter than its length
    [InlineData("0c04cc")]          // count larger than what follows
    [InlineData("0404cc00")]        // trailing byte
    [InlineData("fdffffff")]        // huge four-byte compact count
    [InlineData("")]
    public void HostileNotificationsAreRejected(string hex)
    {
        Assert.Throws<ProtocolDecodeException>(() => TransactionsNotification.Decode(Convert.FromHexString(hex)));
    }
}
