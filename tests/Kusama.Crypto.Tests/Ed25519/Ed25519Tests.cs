using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Ed25519;
using Ed = Kusama.Crypto.Ed25519.Ed25519Signature;
using NSecEd25519 = NSec.Cryptography.SignatureAlgorithm;

namespace Kusama.Crypto.Tests.Ed25519;

public class Ed25519Tests
{
    private static readonly JsonElement Vectors = TestVectors.Crypto;

    public static TheoryData<int> Rfc8032Indices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Vectors.GetProperty("ed25519").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    public static TheoryData<string> DerivationSuris()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement e in Vectors.GetProperty("derivation").GetProperty("ed25519").EnumerateArray()) data.Add(e.String("suri"));
        return data;
    }

    [Theory, MemberData(nameof(Rfc8032Indices))]
    public void Rfc8032_vectors_give_the_public_key_and_signature_and_verify(int index)
    {
        JsonElement v = Vectors.GetProperty("ed25519")[index];
        byte[] seed = v.Bytes("seed");
        byte[] message = v.Bytes("message");
        string expectedPublic = v.String("publicKey");
        string expectedSignature = v.String("signature");

        using Ed25519KeyPair pair = Ed25519KeyPair.FromSeed(seed);
        Assert.Equal(expectedPublic, Hex.Encode(pair.PublicKey));
        byte[] signature = pair.Sign(message);
        Assert.Equal(expectedSignature, Hex.Encode(signature));

        Assert.True(Ed.Verify(pair.PublicKey, message, signature));
        Assert.True(Ed.VerifyZip215(pair.PublicKey, message, signature));
        Assert.True(Ed.VerifyStrict(pair.PublicKey, message, signature));

        byte[] tampered = (byte[])signature.Clone();
        tampered[5] ^= 0x10;
        Assert.False(Ed.Verify(pair.PublicKey, message, tampered));
        Assert.False(Ed.VerifyZip215(pair.PublicKey, message, tampered));
    }

    /// <summary>
    /// ed25519-speccheck ("Taming the many EdDSAs", Chalkias et al.) cases 0–11 with the published results for
    /// Zebra (ZIP-215) and LibSodium: cases 0–2 small-order A/R, 3 plain, 4–5 mixed-order (cofactored only),
    /// 6–7 s ≥ ℓ, 8 pre-reduced scalar, 9 non-canonical R, 10–11 non-canonical A.
    /// </summary>
    public static TheoryData<int, string, string, string, bool, bool> SpeccheckCases() => new()
    {
        { 0, "8c93255d71dcab10e8f379c26200f3c7bd5f09d9bc3068d3ef4edeb4853022b6", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a0000000000000000000000000000000000000000000000000000000000000000", true, false },
        { 1, "9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04", true, false },
        { 2, "aebf3f2601a0c8c5d39cc7d8911642f740b78168218da8471772b35f9d35b9ab", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43", "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa8c4bd45aecaca5b24fb97bc10ac27ac8751a7dfe1baff8b953ec9f5833ca260e", true, false },
        { 3, "9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79", "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d", "9046a64750444938de19f227bb80485e92b83fdb4b6506c160484c016cc1852f87909e14428a7a1d62e9f22f3d3ad7802db02eb2e688b6c52fcd6648a98bd009", true, true },
        { 4, "e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c", "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d", "160a1cb0dc9c0258cd0a7d23e94d8fa878bcb1925f2c64246b2dee1796bed5125ec6bc982a269b723e0668e540911a9a6a58921d6925e434ab10aa7940551a09", true, false },
        { 5, "e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c", "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d", "21122a84e0b5fca4052f5b1235c80a537878b38f3142356b2c2384ebad4668b7e40bc836dac0f71076f9abe3a53f9c03c1ceeeddb658d0030494ace586687405", true, false },
        { 6, "85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40", "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623", "e96f66be976d82e60150baecff9906684aebb1ef181f67a7189ac78ea23b6c0e547f7690a0e2ddcd04d87dbc3490dc19b3b3052f7ff0538cb68afb369ba3a514", false, false },
        { 7, "85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40", "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623", "8ce5b96c8f26d0ab6c47958c9e68b937104cd36e13c33566acd2fe8d38aa19427e71f98a473474f2f13f06f97c20d58cc3f54b8bd0d272f42b695dd7e89a8c22", false, false },
        { 8, "9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff03be9678ac102edcd92b0210bb34d7428d12ffc5df5f37e359941266a4e35f0f", false, false },
        { 9, "9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41", "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffca8c5b64cd208982aa38d4936621a4775aa233aa0505711d8fdcfdaa943d4908", true, false },
        { 10, "e96b7021eb39c1a163b6da4e3093dcd3f21387da4cc4572be588fafae23c155b", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04", true, false },
        { 11, "39a591f5321bbe07fd5a23dc2f39d025d74526615746727ceefd6e82ae65c06f", "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dca5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04", true, false },
    };

    [Theory, MemberData(nameof(SpeccheckCases))]
    public void Speccheck_edge_cases_are_decided_as_ed25519_zebra_and_libsodium_decide_them(int caseNumber, string message, string publicKey, string signature, bool zip215Valid, bool strictValid)
    {
        byte[] m = Convert.FromHexString(message), a = Convert.FromHexString(publicKey), sig = Convert.FromHexString(signature);
        Assert.True(zip215Valid == Ed.Verify(a, m, sig), $"case {caseNumber}: Verify");
        Assert.True(zip215Valid == Ed.VerifyZip215(a, m, sig), $"case {caseNumber}: VerifyZip215");
        Assert.True(strictValid == Ed.VerifyStrict(a, m, sig), $"case {caseNumber}: VerifyStrict");
    }

    /// <summary>
    /// ed25519-zebra's small_order conformance set: the eight canonical torsion encodings plus the non-canonical
    /// low-order encodings, as A and R in every combination with s = 0 over "Zcash". [8]R and [8][k]A vanish,
    /// so every one is ZIP-215 valid; a strict verifier rejects them all (small-order A).
    /// </summary>
    [Fact]
    public void Every_small_order_A_and_R_combination_with_zero_s_is_ZIP_215_valid()
    {
        string[] nonCanonicalLowOrder =
        [
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        ];
        string[] encodings = [.. Curve25519.EdwardsPointTests.EightTorsion, .. nonCanonicalLowOrder];
        byte[] message = "Zcash"u8.ToArray();
        int count = 0;
        foreach (string aHex in encodings)
        {
            foreach (string rHex in encodings)
            {
                byte[] a = Convert.FromHexString(aHex);
                byte[] sig = new byte[64];
                Convert.FromHexString(rHex).CopyTo(sig, 0);
                Assert.True(Ed.Verify(a, message, sig), $"A={aHex} R={rHex}");
                Assert.True(Ed.VerifyZip215(a, message, sig), $"A={aHex} R={rHex}");
                Assert.False(Ed.VerifyStrict(a, message, sig), $"A={aHex} R={rHex}");
                count++;
            }
        }

        Assert.Equal(169, count);
    }

    [Fact]
    public void Verify_rejects_a_public_key_that_is_not_on_the_curve_and_a_non_canonical_s()
    {
        byte[] seed = SHA256.HashData("kusama"u8);
        using Ed25519KeyPair pair = Ed25519KeyPair.FromSeed(seed);
        byte[] message = "message"u8.ToArray();
        byte[] sig = pair.Sign(message);

        // y = 2 is not the y of any curve point.
        byte[] offCurve = new byte[32];
        offCurve[0] = 2;
        Assert.False(Ed.Verify(offCurve, message, sig));

        // s + ℓ satisfies the equation but ZIP-215 (like RFC 8032) requires s < ℓ.
        byte[] sPlusL = (byte[])sig.Clone();
        var s = new System.Numerics.BigInteger(sig.AsSpan(32), isUnsigned: true) + (System.Numerics.BigInteger.Pow(2, 252) + System.Numerics.BigInteger.Parse("27742317777372353535851937790883648493"));
        Array.Clear(sPlusL, 32, 32);
        s.TryWriteBytes(sPlusL.AsSpan(32), out _, isUnsigned: true);
        Assert.False(Ed.Verify(pair.PublicKey, message, sPlusL));
        Assert.False(Ed.VerifyZip215(pair.PublicKey, message, sPlusL));

        Assert.False(Ed.Verify(pair.PublicKey[..31], message, sig));
        Assert.False(Ed.Verify(pair.PublicKey, message, sig.AsSpan(0, 63)));
    }

    [Fact]
    public void Verify_agrees_with_NSec_on_random_valid_and_tampered_signatures()
    {
        var rng = new Random(42);
        var algorithm = NSecEd25519.Ed25519;
        for (int i = 0; i < 200; i++)
        {
            byte[] seed = new byte[32];
            rng.NextBytes(seed);
            byte[] message = new byte[rng.Next(0, 300)];
            rng.NextBytes(message);

            using var key = NSec.Cryptography.Key.Import(algorithm, seed, NSec.Cryptography.KeyBlobFormat.RawPrivateKey);
            byte[] publicKey = key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
            byte[] signature = algorithm.Sign(key, message);

            byte[] ours = new byte[64];
            Ed.Sign(seed, message, ours);
            Assert.Equal(Convert.ToHexString(signature), Convert.ToHexString(ours));

            Assert.True(Ed.Verify(publicKey, message, signature));
            Assert.True(Ed.VerifyZip215(publicKey, message, signature));

            // Flip one bit of the signature, the key or the message.
            byte[] sig2 = (byte[])signature.Clone(), pk2 = (byte[])publicKey.Clone(), msg2 = (byte[])message.Clone();
            switch (i % 3)
            {
                case 0: sig2[rng.Next(64)] ^= (byte)(1 << rng.Next(8)); break;
                case 1: pk2[rng.Next(32)] ^= (byte)(1 << rng.Next(8)); break;
                default:
                    if (msg2.Length == 0) msg2 = [0];
                    else msg2[rng.Next(msg2.Length)] ^= (byte)(1 << rng.Next(8));
                    break;
            }

            bool nsec = NSec.Cryptography.PublicKey.TryImport(algorithm, pk2, NSec.Cryptography.KeyBlobFormat.RawPublicKey, out NSec.Cryptography.PublicKey? nsecKey)
                        && algorithm.Verify(nsecKey!, msg2, sig2);
            Assert.False(nsec);
            Assert.False(Ed.Verify(pk2, msg2, sig2));
            Assert.False(Ed.VerifyZip215(pk2, msg2, sig2));
        }
    }

    [Fact]
    public void Managed_ZIP_215_check_handles_messages_longer_than_its_stack_buffer()
    {
        var algorithm = NSecEd25519.Ed25519;
        byte[] seed = SHA256.HashData("long message"u8);
        byte[] message = new byte[5000];
        new Random(8).NextBytes(message);
        using var key = NSec.Cryptography.Key.Import(algorithm, seed, NSec.Cryptography.KeyBlobFormat.RawPrivateKey);
        byte[] publicKey = key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey);
        byte[] signature = algorithm.Sign(key, message);

        Assert.True(Ed.VerifyZip215(publicKey, message, signature));
        message[4999] ^= 1;
        Assert.False(Ed.VerifyZip215(publicKey, message, signature));
    }

    [Theory, MemberData(nameof(DerivationSuris))]
    public void Derivation_vectors_give_the_polkadot_js_public_keys_and_soft_junctions_fail(string suri)
    {
        JsonElement derivation = Vectors.GetProperty("derivation");
        JsonElement v = derivation.GetProperty("ed25519").EnumerateArray().Single(e => e.String("suri") == suri);
        byte[] seed = RootSeed(v);

        if (v.TryGetProperty("error", out _))
        {
            // The vector records that the path holds a soft junction ("/x" not preceded by another "/").
            Assert.Matches("(^|[^/])/[^/]", suri);
            var ex = Assert.Throws<NotSupportedException>(() => Ed.Derive(seed, new byte[32], hard: false, new byte[32]));
            Assert.Equal("soft derivation not supported for ed25519", ex.Message);
            using Ed25519KeyPair root = Ed25519KeyPair.FromSeed(seed);
            Assert.Throws<NotSupportedException>(() => root.Derive(new byte[32], hard: false));
            return;
        }

        Ed25519KeyPair pair = Ed25519KeyPair.FromSeed(seed);
        foreach (JsonElement junction in v.GetProperty("path").EnumerateArray())
        {
            Assert.True(junction.GetProperty("hard").GetBoolean());
            Ed25519KeyPair child = pair.Derive(junction.Bytes("chainCode"), hard: true);
            pair.Dispose();
            pair = child;
        }

        Assert.Equal(v.String("publicKey"), Hex.Encode(pair.PublicKey));
        pair.Dispose();
    }

    private static byte[] RootSeed(JsonElement v)
    {
        JsonElement derivation = Vectors.GetProperty("derivation");
        byte[] miniSecret = derivation.Bytes("devMiniSecret");
        if (!v.TryGetProperty("password", out JsonElement password) || password.ValueKind == JsonValueKind.Null)
        {
            return miniSecret;
        }

        // Substrate's mini secret: PBKDF2-SHA512(entropy, "mnemonic" + password, 2048)[..32] (pitfall 14).
        string phrase = derivation.String("devPhrase");
        JsonElement mnemonic = Vectors.GetProperty("mnemonic").EnumerateArray().First(e => e.String("phrase") == phrase);
        byte[] entropy = mnemonic.Bytes("entropy");
        return Rfc2898DeriveBytes.Pbkdf2(entropy, Encoding.UTF8.GetBytes("mnemonic" + password.GetString()), 2048, HashAlgorithmName.SHA512, 64)[..32];
    }

    [Fact]
    public void Hard_derivation_hashes_the_SCALE_encoded_tuple_with_blake2_256()
    {
        // //Alice from the dev seed: the chain code is SCALE("Alice") padded to 32 bytes.
        byte[] seed = Vectors.GetProperty("derivation").Bytes("devMiniSecret");
        byte[] chainCode = Hex.Decode("0x14416c6963650000000000000000000000000000000000000000000000000000");
        byte[] child = new byte[32];
        Ed.DeriveHard(seed, chainCode, child);

        byte[] expectedInput = [.. Encoding.ASCII.GetBytes("\u002cEd25519HDKD"), .. seed, .. chainCode];
        var digest = new Org.BouncyCastle.Crypto.Digests.Blake2bDigest(256);
        digest.BlockUpdate(expectedInput, 0, expectedInput.Length);
        byte[] expected = new byte[32];
        digest.DoFinal(expected, 0);
        Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(child));

        Span<byte> publicKey = stackalloc byte[32];
        Ed.GetPublicKey(child, publicKey);
        Assert.Equal("0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee", Hex.Encode(publicKey));
    }
}
