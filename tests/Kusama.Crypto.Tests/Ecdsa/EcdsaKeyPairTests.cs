using System.Text.Json;
using System.Text.RegularExpressions;
using Kusama.Core;

namespace Kusama.Crypto.Tests.Ecdsa;

// Inside this namespace "Ecdsa" would name the test namespace, so the API's usings sit here.
using Kusama.Crypto.Ecdsa;

public class EcdsaKeyPairTests
{
    // SEC 2 secp256k1 group order n and generator x-coordinate.
    private const string OrderHex = "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";
    private const string GeneratorXHex = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";

    public static TheoryData<int> Keys() => EcdsaVectors.Secp256k1Indexes();

    // "//Alice///password" is left out: its seed needs BIP39 with a password (the mnemonic code's job, not this one).
    public static TheoryData<string> HardPaths()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement d in EcdsaVectors.Derivations)
            if (!d.TryGetProperty("error", out _) && d.GetProperty("password").ValueKind == JsonValueKind.Null)
                data.Add(d.String("suri"));
        return data;
    }

    public static TheoryData<string> SoftPaths() => EcdsaVectors.ErrorSuris();

    [Theory, MemberData(nameof(Keys))]
    public void Public_keys_match_polkadot_js_in_compressed_and_uncompressed_form(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        var pair = new EcdsaKeyPair(v.Bytes("secretKey"));
        Assert.Equal(v.String("publicKeyCompressed"), Hex.Encode(pair.PublicKey));
        Assert.Equal(v.String("publicKeyUncompressed64_no04"), Hex.Encode(pair.UncompressedPublicKey));
        Span<byte> sec1 = stackalloc byte[65];
        pair.WriteSec1UncompressedPublicKey(sec1);
        Assert.Equal("0x04" + v.String("publicKeyUncompressed64_no04")[2..], Hex.Encode(sec1));
    }

    [Theory, MemberData(nameof(Keys))]
    public void Sign_is_byte_identical_to_libsecp256k1_over_blake2_256_of_the_message(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        var pair = new EcdsaKeyPair(v.Bytes("secretKey"));
        Assert.Equal(v.String("signatureBlake2"), Hex.Encode(pair.Sign(v.Bytes("message"))));
        Assert.Equal(v.String("signatureBlake2"), Hex.Encode(pair.SignPrehashed(v.Bytes("blake2_256_msg"))));
    }

    [Theory, MemberData(nameof(Keys))]
    public void SignPrehashed_is_byte_identical_to_libsecp256k1_over_keccak_256(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        var pair = new EcdsaKeyPair(v.Bytes("secretKey"));
        Span<byte> signature = stackalloc byte[65];
        pair.SignPrehashed(v.Bytes("keccak256_msg"), signature);
        Assert.Equal(v.String("signatureKeccak"), Hex.Encode(signature));
    }

    [Fact]
    public void Signatures_carry_both_recovery_ids_across_the_vectors()
    {
        // Guards the recovery-id computation: the vectors contain v = 0 and v = 1, and we must produce both.
        var seen = new HashSet<byte>();
        foreach (JsonElement v in EcdsaVectors.Secp256k1)
        {
            var pair = new EcdsaKeyPair(v.Bytes("secretKey"));
            seen.Add(pair.Sign(v.Bytes("message"))[64]);
            seen.Add(pair.SignPrehashed(v.Bytes("keccak256_msg"))[64]);
        }
        Assert.Equal(new HashSet<byte> { 0, 1 }, seen);
    }

    [Theory, MemberData(nameof(Keys))]
    public void Signatures_are_low_s_and_verify(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        var pair = new EcdsaKeyPair(v.Bytes("secretKey"));
        byte[] message = [.. v.Bytes("message"), 0x42];
        byte[] signature = pair.Sign(message);
        var s = new System.Numerics.BigInteger(signature.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        var n = new System.Numerics.BigInteger(Hex.Decode(OrderHex), isUnsigned: true, isBigEndian: true);
        Assert.True(s <= n / 2);
        Assert.True(EcdsaSignature.Verify(signature, message, pair.PublicKey));
    }

    [Fact]
    public void Signatures_agree_with_bouncy_castle_rfc6979_and_recover_to_the_signer_over_many_hashes()
    {
        // BouncyCastle's ECDsaSigner with HMacDsaKCalculator(SHA-256) is an independent RFC 6979 implementation;
        // it gives (r, s) without low-s or a recovery id, so s is compared after normalization and v via recovery.
        JsonElement v = EcdsaVectors.Secp256k1[5];
        byte[] seed = v.Bytes("secretKey");
        var pair = new EcdsaKeyPair(seed);
        var curve = Org.BouncyCastle.Crypto.EC.CustomNamedCurves.GetByName("secp256k1");
        var domain = new Org.BouncyCastle.Crypto.Parameters.ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        var signer = new Org.BouncyCastle.Crypto.Signers.ECDsaSigner(
            new Org.BouncyCastle.Crypto.Signers.HMacDsaKCalculator(new Org.BouncyCastle.Crypto.Digests.Sha256Digest()));
        signer.Init(true, new Org.BouncyCastle.Crypto.Parameters.ECPrivateKeyParameters(new Org.BouncyCastle.Math.BigInteger(1, seed), domain));

        var random = new Random(6979);
        byte[] hash = new byte[32];
        byte[] signature = new byte[65];
        byte[] recovered = new byte[33];
        for (int i = 0; i < 150; i++)
        {
            random.NextBytes(hash);
            if (i == 0) Array.Fill(hash, (byte)0xff); // above n: the nonce input must be reduced mod n
            pair.SignPrehashed(hash, signature);
            var rs = signer.GenerateSignature(hash);
            var lowS = rs[1].CompareTo(curve.N.ShiftRight(1)) > 0 ? curve.N.Subtract(rs[1]) : rs[1];
            Assert.Equal(Hex.Encode(Org.BouncyCastle.Utilities.BigIntegers.AsUnsignedByteArray(32, rs[0])), Hex.Encode(signature.AsSpan(0, 32)));
            Assert.Equal(Hex.Encode(Org.BouncyCastle.Utilities.BigIntegers.AsUnsignedByteArray(32, lowS)), Hex.Encode(signature.AsSpan(32, 32)));
            Assert.True(EcdsaSignature.RecoverCompressed(signature, hash, recovered));
            Assert.Equal(v.String("publicKeyCompressed"), Hex.Encode(recovered));
        }
    }

    [Fact]
    public void Account_id_and_ethereum_address_come_from_the_public_key()
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        var pair = new EcdsaKeyPair(v.Bytes("secretKey"));
        Span<byte> address = stackalloc byte[20];
        pair.WriteEthereumAddress(address);
        Assert.Equal(v.String("ethereumAddress").ToLowerInvariant(), Hex.Encode(address));
        Assert.Equal(EcdsaSignature.ToAccountId(pair.PublicKey), pair.AccountId);
    }

    [Fact]
    public void A_zero_seed_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new EcdsaKeyPair(new byte[32]));
        Assert.Contains("zero", e.Message);
    }

    [Fact]
    public void A_seed_equal_to_the_group_order_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new EcdsaKeyPair(Hex.Decode(OrderHex)));
        Assert.Contains("order", e.Message);
    }

    [Fact]
    public void An_all_ones_seed_is_rejected_as_above_the_group_order()
    {
        byte[] seed = Enumerable.Repeat((byte)0xff, 32).ToArray();
        Assert.Throws<ArgumentException>(() => new EcdsaKeyPair(seed));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(0)]
    public void A_seed_of_the_wrong_length_is_rejected(int length)
    {
        var e = Assert.Throws<ArgumentException>(() => new EcdsaKeyPair(new byte[length]));
        Assert.Contains("32 bytes", e.Message);
    }

    [Fact]
    public void The_largest_seed_n_minus_1_gives_the_negated_generator()
    {
        byte[] seed = Hex.Decode(OrderHex);
        seed[31] -= 1;
        var pair = new EcdsaKeyPair(seed);
        // −G has G's x and the opposite (odd) y parity.
        Assert.Equal("0x03" + GeneratorXHex, Hex.Encode(pair.PublicKey));
    }

    [Fact]
    public void Seed_one_gives_the_generator()
    {
        byte[] seed = new byte[32];
        seed[31] = 1;
        Assert.Equal("0x02" + GeneratorXHex, Hex.Encode(new EcdsaKeyPair(seed).PublicKey));
    }

    [Theory, MemberData(nameof(HardPaths))]
    public void Hard_derivation_from_the_dev_phrase_matches_polkadot_js(string suri)
    {
        JsonElement d = EcdsaVectors.Derivation(suri);
        var pair = new EcdsaKeyPair(Hex.Decode(EcdsaVectors.DevMiniSecret));
        foreach (JsonElement junction in d.GetProperty("path").EnumerateArray())
            pair = pair.Derive(junction.Bytes("chainCode"), junction.GetProperty("hard").GetBoolean());
        Assert.Equal(d.String("publicKey"), Hex.Encode(pair.PublicKey));
        Assert.Equal(d.String("accountId32"), pair.AccountId.ToString());
    }

    [Theory, MemberData(nameof(SoftPaths))]
    public void Soft_derivation_fails_with_the_recorded_error(string suri)
    {
        JsonElement d = EcdsaVectors.Derivation(suri);
        var pair = new EcdsaKeyPair(Hex.Decode(EcdsaVectors.DevMiniSecret));
        var e = Assert.Throws<NotSupportedException>(() =>
        {
            // Chain code contents do not matter here: the path must fail at its first soft junction.
            foreach (Match m in Regex.Matches(suri, "(//?)([^/]+)"))
                pair = pair.Derive(new byte[32], hard: m.Groups[1].Value == "//");
        });
        Assert.Equal(d.String("error"), e.Message);
    }

    [Fact]
    public void DeriveHardSeed_hashes_the_scale_encoded_label_seed_and_chain_code()
    {
        // //Alice from the dev mini secret, independently: blake2_256(0x34 ‖ "Secp256k1HDKD" ‖ seed ‖ cc).
        JsonElement alice = EcdsaVectors.Derivation("//Alice");
        byte[] seed = Hex.Decode(EcdsaVectors.DevMiniSecret);
        byte[] chainCode = alice.GetProperty("path")[0].Bytes("chainCode");
        byte[] encoded = [0x34, .. "Secp256k1HDKD"u8.ToArray(), .. seed, .. chainCode];
        var digest = new Org.BouncyCastle.Crypto.Digests.Blake2bDigest(256);
        digest.BlockUpdate(encoded, 0, encoded.Length);
        byte[] bc = new byte[32];
        digest.DoFinal(bc, 0);

        Span<byte> derived = stackalloc byte[32];
        EcdsaKeyPair.DeriveHardSeed(seed, chainCode, derived);
        Assert.Equal(Hex.Encode(bc), Hex.Encode(derived));
        Assert.Equal(alice.String("publicKey"), Hex.Encode(new EcdsaKeyPair(derived).PublicKey));
    }

    [Fact]
    public void CopySeedTo_returns_the_seed_the_pair_was_made_from()
    {
        byte[] seed = EcdsaVectors.Secp256k1[1].Bytes("secretKey");
        Span<byte> copy = stackalloc byte[32];
        new EcdsaKeyPair(seed).CopySeedTo(copy);
        Assert.Equal(Hex.Encode(seed), Hex.Encode(copy));
    }
}
