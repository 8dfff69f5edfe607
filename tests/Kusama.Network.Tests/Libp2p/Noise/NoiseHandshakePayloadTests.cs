using System.Text.Json;
using Kusama.Crypto.Ed25519;
using Kusama.Network.Libp2p.Noise;
using NSec.Cryptography;

namespace Kusama.Network.Tests.Libp2p.Noise;

public sealed class NoiseHandshakePayloadTests
{
    private static readonly JsonElement Identity = NetVectors.Net.GetProperty("noise_identity");

    private static byte[] Vector(string name) => Convert.FromHexString(Identity.GetProperty(name).GetString()!);

    private static byte[] Repeated(byte value) => Enumerable.Repeat(value, 32).ToArray();

    private static byte[] StaticPublicKey()
    {
        using Key key = Key.Import(KeyAgreementAlgorithm.X25519, Vector("x25519_static_priv"), KeyBlobFormat.RawPrivateKey);
        return key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    [Fact]
    public void The_static_x25519_key_matches_the_reference()
    {
        Assert.Equal(Vector("x25519_static_pub"), StaticPublicKey());
    }

    [Fact]
    public void The_signed_message_and_payload_encoding_match_the_reference()
    {
        using var identity = Ed25519KeyPair.FromSeed(Repeated(0x01));
        NoiseHandshakePayload payload = NoiseHandshakePayload.Create(identity, StaticPublicKey());

        Assert.Equal(Vector("signed_message"), (byte[])[.. NoiseHandshakePayload.SignaturePrefix, .. StaticPublicKey()]);
        Assert.Equal(Vector("identity_sig"), payload.IdentitySignature);
        Assert.Equal(Vector("NoiseHandshakePayload"), payload.Encode());
    }

    [Fact]
    public void The_reference_payload_decodes_and_verifies_against_its_static_key()
    {
        NoiseHandshakePayload payload = NoiseHandshakePayload.Decode(Vector("NoiseHandshakePayload"));

        Assert.Equal(Convert.FromHexString("8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c"), payload.IdentityKey);
        Assert.True(payload.Verify(StaticPublicKey()));
        Assert.False(payload.Verify(Repeated(0x07)));
    }

    [Fact]
    public void Fields_in_any_order_with_extensions_and_unknown_fields_are_accepted()
    {
        byte[] reference = Vector("NoiseHandshakePayload");
        byte[] keyField = reference[..38];
        byte[] signatureField = reference[38..];
        // extensions { stream_muxers: ["/yamux/1.0.0"] } as js sends, an unknown varint field 9 and a fixed64 field 10.
        byte[] extensions = [0x22, 0x0e, 0x12, 0x0c, .. "/yamux/1.0.0"u8];
        byte[] unknown = [0x48, 0x96, 0x01, 0x51, 1, 2, 3, 4, 5, 6, 7, 8];

        NoiseHandshakePayload payload = NoiseHandshakePayload.Decode([.. unknown, .. signatureField, .. extensions, .. keyField]);

        Assert.True(payload.Verify(StaticPublicKey()));
    }

    [Theory]
    [InlineData("124000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "no identity_key")]
    [InlineData("1240" + "00", "past the end")] // a truncated signature field
    [InlineData("0a24080212208a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c124000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "key type 2")]
    [InlineData("0a0408011200124000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0 bytes")]
    [InlineData("0aff", "varint")]
    [InlineData("0a0501", "past the end")]
    [InlineData("0a8080808080808080808001", "varint")]
    [InlineData("0b", "wire type 3")]
    public void Malformed_payloads_are_refused_with_a_clear_error(string hex, string expected)
    {
        var error = Assert.Throws<NoiseProtocolException>(() => NoiseHandshakePayload.Decode(Convert.FromHexString(hex)));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_payload_without_a_signature_is_refused()
    {
        var error = Assert.Throws<NoiseProtocolException>(() => NoiseHandshakePayload.Decode(Vector("NoiseHandshakePayload")[..38]));
        Assert.Contains("identity_sig", error.Message);
    }
}
