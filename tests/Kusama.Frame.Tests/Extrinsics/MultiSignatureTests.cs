using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Extrinsics;
using Kusama.Scale;
using static Kusama.Frame.Tests.Extrinsics.PolkadotJsExtrinsics;

namespace Kusama.Frame.Tests.Extrinsics;

public class MultiSignatureTests
{
    [Theory]
    [InlineData(MultiSignatureKind.Ed25519, "0x00", 64)]
    [InlineData(MultiSignatureKind.Sr25519, "0x01", 64)]
    [InlineData(MultiSignatureKind.Ecdsa, "0x02", 65)]
    public void Each_variant_is_its_index_then_the_raw_signature(MultiSignatureKind kind, string tag, int length)
    {
        byte[] raw = Enumerable.Range(1, length).Select(i => (byte)i).ToArray();
        var signature = new MultiSignature(kind, raw);

        byte[] encoded = ScaleCodec.Encode(signature);

        Assert.Equal(tag + Convert.ToHexStringLower(raw), Hex.Encode(encoded));
        Assert.Equal(signature, ScaleCodec.Decode<MultiSignature>(encoded));
        Assert.Equal(raw, signature.Bytes.ToArray());
    }

    [Fact]
    public void The_polkadot_js_signatures_decode_with_their_tags()
    {
        // The signature field of each polkadot.js extrinsic: address (33 bytes) after prefix and version.
        Assert.Equal(MultiSignatureKind.Sr25519, Read(Sr25519Transfer, 2).Kind);
        Assert.Equal(MultiSignatureKind.Ed25519, Read(Ed25519Remark, 2).Kind);
        Assert.Equal(MultiSignatureKind.Ecdsa, Read(EcdsaRemark, 2).Kind);
    }

    private static MultiSignature Read(string extrinsic, int prefixLength)
    {
        var reader = new ScaleReader(Hex.Decode(extrinsic).AsSpan(prefixLength + 1 + 33));
        return MultiSignature.Decode(ref reader);
    }

    [Theory]
    [InlineData("0x03" )]
    [InlineData("0x01" + "00")]
    [InlineData("0x02")]
    public void Unknown_tags_and_short_signatures_are_rejected(string hex)
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<MultiSignature>(Hex.Decode(hex)));
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519, MultiSignatureKind.Sr25519)]
    [InlineData(KeyScheme.Ed25519, MultiSignatureKind.Ed25519)]
    [InlineData(KeyScheme.Ecdsa, MultiSignatureKind.Ecdsa)]
    public void Verify_accepts_the_signer_and_rejects_another_account_or_message(KeyScheme scheme, MultiSignatureKind kind)
    {
        var pair = KeyPair.FromSuri(scheme, "//Alice");
        byte[] message = "kusama extrinsic payload"u8.ToArray();
        var signature = new MultiSignature(kind, pair.Sign(message));

        Assert.True(signature.Verify(message, pair.AccountId));
        Assert.False(signature.Verify("another message"u8, pair.AccountId));
        Assert.False(signature.Verify(message, KeyPair.FromSuri(scheme, "//Bob").AccountId));
    }

    [Fact]
    public void A_signature_of_the_wrong_kind_does_not_verify()
    {
        var pair = KeyPair.FromSuri(KeyScheme.Ed25519, "//Alice");
        byte[] message = [1, 2, 3];
        var mislabelled = MultiSignature.Sr25519(pair.Sign(message));

        Assert.False(mislabelled.Verify(message, pair.AccountId));
    }

    [Fact]
    public void Wrong_lengths_are_refused_when_building()
    {
        Assert.Throws<ArgumentException>(() => MultiSignature.Ecdsa(new byte[64]));
        Assert.Throws<ArgumentException>(() => MultiSignature.Sr25519(new byte[65]));
        Assert.Throws<ArgumentException>(() => new MultiSignature((MultiSignatureKind)3, new byte[64]));
    }
}
