namespace Kusama.Db.Tests;

public sealed class KeyBoundsTests
{
    [Theory]
    [InlineData("20", "21")]
    [InlineData("20FF", "21")]
    [InlineData("20FFFF", "21")]
    [InlineData("00", "01")]
    [InlineData("12FE", "12FF")]
    [InlineData("FF", null)]
    [InlineData("FFFF", null)]
    [InlineData("", null)]
    public void PrefixEnd_is_the_smallest_key_after_every_key_with_the_prefix(string prefixHex, string? expectedHex)
    {
        var end = KeyBounds.PrefixEnd(Convert.FromHexString(prefixHex));

        Assert.Equal(expectedHex, end is null ? null : Convert.ToHexString(end));
    }
}
