using Kusama.Core;
using Kusama.Crypto.Keys;

namespace Kusama.Node.Tests.Keys;

// The façade lives in Kusama.Crypto; its tests sit here because this branch owns Kusama.Node.Tests, not Kusama.Crypto.Tests.
public class KeyPairTests
{
    public static TheoryData<KeyScheme, string> AliceAndBob() => new()
    {
        { KeyScheme.Sr25519, "//Alice" }, { KeyScheme.Sr25519, "//Bob" }, { KeyScheme.Sr25519, "//Alice/stash" },
        { KeyScheme.Ed25519, "//Alice" }, { KeyScheme.Ed25519, "//polkadot//validator//0" },
        { KeyScheme.Ecdsa, "//Alice" }, { KeyScheme.Ecdsa, "//Alice///password" },
    };

    [Theory]
    [MemberData(nameof(AliceAndBob))]
    public void FromSuri_gives_the_polkadot_js_public_key_and_account_id(KeyScheme scheme, string suri)
    {
        var vector = TestVectors.Derivation(scheme.Name(), suri);

        var pair = KeyPair.FromSuri(scheme, suri);

        Assert.Equal(scheme, pair.Scheme);
        Assert.Equal(vector.GetProperty("publicKey").GetString(), Hex.Encode(pair.PublicKey));
        Assert.Equal(vector.GetProperty("accountId32").GetString(), pair.AccountId.ToString());
        Assert.Equal(pair.AccountId, KeyPair.ToAccountId(scheme, pair.PublicKey));
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519)]
    [InlineData(KeyScheme.Ed25519)]
    [InlineData(KeyScheme.Ecdsa)]
    public void Verify_accepts_a_signature_from_Sign_and_rejects_one_with_a_flipped_bit(KeyScheme scheme)
    {
        var pair = KeyPair.FromSuri(scheme, "//Charlie");
        var message = "a message"u8.ToArray();

        var signature = pair.Sign(message);
        var tampered = (byte[])signature.Clone();
        tampered[10] ^= 0x04;

        Assert.Equal(scheme.SignatureLength(), signature.Length);
        Assert.True(KeyPair.Verify(scheme, signature, message, pair.PublicKey));
        Assert.False(KeyPair.Verify(scheme, tampered, message, pair.PublicKey));
        Assert.False(KeyPair.Verify(scheme, signature, "another message"u8, pair.PublicKey));
    }

    [Theory]
    [InlineData(KeyScheme.Sr25519, 63, 32)]
    [InlineData(KeyScheme.Ed25519, 64, 31)]
    [InlineData(KeyScheme.Ecdsa, 64, 33)]
    [InlineData(KeyScheme.Ecdsa, 65, 32)]
    public void Verify_returns_false_for_wrong_lengths(KeyScheme scheme, int signatureLength, int publicKeyLength)
    {
        Assert.False(KeyPair.Verify(scheme, new byte[signatureLength], "m"u8, new byte[publicKeyLength]));
    }

    [Fact]
    public void Verify_accepts_the_known_good_polkadot_js_signature()
    {
        var knownGood = TestVectors.CryptoRoot.GetProperty("sr25519").GetProperty("knownGood")[0];

        Assert.True(KeyPair.Verify(
            KeyScheme.Sr25519,
            Hex.Decode(knownGood.GetProperty("signature").GetString()!),
            Hex.Decode(knownGood.GetProperty("message").GetString()!),
            Hex.Decode(knownGood.GetProperty("publicKey").GetString()!)));
    }

    [Fact]
    public void Ecdsa_signatures_equal_libsecp256k1s_rfc6979_signatures_over_blake2()
    {
        var vector = TestVectors.CryptoRoot.GetProperty("secp256k1")[0];

        var pair = KeyPair.FromSeed(KeyScheme.Ecdsa, Hex.Decode(vector.GetProperty("secretKey").GetString()!));

        Assert.Equal(vector.GetProperty("publicKeyCompressed").GetString(), Hex.Encode(pair.PublicKey));
        Assert.Equal(vector.GetProperty("signatureBlake2").GetString(), Hex.Encode(pair.Sign(Hex.Decode(vector.GetProperty("message").GetString()!))));
    }

    [Fact]
    public void The_seed_is_known_on_hard_paths_and_hidden_after_a_soft_junction()
    {
        Assert.True(KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice//stash").HasSeed);
        Assert.False(KeyPair.FromSuri(KeyScheme.Sr25519, "//Alice/stash").HasSeed);
        Assert.False(KeyPair.FromSuri(KeyScheme.Sr25519, "/soft//hard").HasSeed);
        Assert.True(KeyPair.FromSuri(KeyScheme.Ed25519, "//Alice//stash").HasSeed);
    }

    [Theory]
    [InlineData(KeyScheme.Ed25519)]
    [InlineData(KeyScheme.Ecdsa)]
    public void FromSuri_rejects_soft_junctions_for_schemes_without_them(KeyScheme scheme)
    {
        var error = Assert.Throws<NotSupportedException>(() => KeyPair.FromSuri(scheme, "//Alice/soft"));

        Assert.Contains("soft", error.Message);
    }

    [Theory]
    [InlineData("0x1234")]
    [InlineData("bottom drive obey lake curtain smoke basket hold race lonely fit fit")]
    [InlineData("notaword drive obey lake curtain smoke basket hold race lonely fit walk")]
    public void FromSuri_rejects_bad_seeds_and_phrases_with_a_FormatException(string suri)
    {
        Assert.Throws<FormatException>(() => KeyPair.FromSuri(KeyScheme.Sr25519, suri));
    }

    [Theory]
    [InlineData("sr25519", KeyScheme.Sr25519)]
    [InlineData("Ed25519", KeyScheme.Ed25519)]
    [InlineData("ECDSA", KeyScheme.Ecdsa)]
    public void Scheme_names_parse_ignoring_case(string name, KeyScheme expected)
    {
        Assert.Equal(expected, KeySchemes.Parse(name));
        Assert.False(KeySchemes.TryParse("rsa", out _));
    }
}
