using Kusama.Consensus.Babe;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Consensus.Tests;

public sealed class BabePreDigestTests
{
    [Fact]
    public void Secondary_plain_claim_encodes_as_polkadot_js_does()
    {
        // client-interop.md §3.3 (verified against @polkadot/types): SecondaryPlain{authority 5, slot 42}.
        byte[] encoded = ScaleCodec.Encode(BabePreDigest.SecondaryPlain(5, 42).ToDigestItem());
        Assert.Equal("0x06424142453402050000002a00000000000000", Hex.Encode(encoded));
    }

    [Fact]
    public void A_header_claim_is_found_and_a_duplicate_claim_is_refused()
    {
        DigestItem claim = BabePreDigest.SecondaryPlain(0, 7).ToDigestItem();
        var header = new Header(Hash256.Zero, 1, default, default, [claim]);
        Assert.True(BabePreDigest.TryFind(header, out BabePreDigest found));
        Assert.Equal((0u, 7ul, BabePreDigestKind.SecondaryPlain), (found.AuthorityIndex, found.Slot, found.Kind));
        Assert.False(BabePreDigest.TryFind(header with { Digest = [claim, claim] }, out _));
        Assert.False(BabePreDigest.TryFind(header with { Digest = [] }, out _));
    }
}
