using System.Numerics;
using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Sr25519;

namespace Kusama.Crypto.Tests.Sr25519;

public class Sr25519SignatureTests
{
    private static readonly BigInteger GroupOrder = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493");

    public static TheoryData<int> SignatureIndices() => Sr25519KeyTests.Indices(TestVectors.Array("sr25519", "signatures").Length);

    private static (Sr25519KeyPair Pair, byte[] Message, byte[] Rng32, byte[] Signature) Vector(int i)
    {
        JsonElement v = TestVectors.Array("sr25519", "signatures")[i];
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(v.Bytes("miniSecret"));
        Assert.Equal(v.String("publicKey"), Hex.Encode(pair.PublicKey));
        return (pair, v.Bytes("message"), v.Bytes("rng32"), v.Bytes("signature"));
    }

    [Theory, MemberData(nameof(SignatureIndices))]
    public void Sign_with_the_vectors_rng_reproduces_the_polkadot_js_signature(int i)
    {
        (Sr25519KeyPair pair, byte[] message, byte[] rng32, byte[] expected) = Vector(i);
        Assert.Equal("substrate", TestVectors.Get("sr25519").String("signingContext"));
        byte[] signature = new byte[64];
        pair.Sign("substrate"u8, message, signature, rng32);
        Assert.Equal(Hex.Encode(expected), Hex.Encode(signature));
    }

    [Theory, MemberData(nameof(SignatureIndices))]
    public void Verify_accepts_the_polkadot_js_signature_and_rejects_another_message(int i)
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(i);
        Assert.True(Sr25519Signature.Verify(signature, message, pair.PublicKey));
        Assert.True(Sr25519Signature.VerifyDeprecated(signature, message, pair.PublicKey));
        Assert.False(Sr25519Signature.Verify(signature, [.. message, 0x00], pair.PublicKey));
    }

    [Fact]
    public void Verify_accepts_the_known_good_alice_signature_from_polkadot_js()
    {
        foreach (JsonElement v in TestVectors.Array("sr25519", "knownGood"))
        {
            byte[] publicKey = v.Bytes("publicKey");
            byte[] message = v.Bytes("message");
            byte[] signature = v.Bytes("signature");
            Assert.Equal(v.GetProperty("valid").GetBoolean(), Sr25519Signature.Verify(signature, message, publicKey));
        }
    }

    [Fact]
    public void Own_signature_verifies_and_carries_the_schnorrkel_marker()
    {
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        byte[] message = "Kusama.NET"u8.ToArray();
        byte[] signature = pair.Sign(message);
        Assert.Equal(0x80, signature[63] & 0x80);
        Assert.True(Sr25519Signature.Verify(signature, message, pair.PublicKey));
    }

    [Fact]
    public void Signatures_are_randomized_unless_the_rng_is_fixed()
    {
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        Assert.NotEqual(pair.Sign("m"u8), pair.Sign("m"u8));
        byte[] a = new byte[64], b = new byte[64], rng = new byte[32];
        pair.Sign("substrate"u8, "m"u8, a, rng);
        pair.Sign("substrate"u8, "m"u8, b, rng);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Verify_rejects_a_signature_without_the_marker_bit()
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(2);
        signature[63] &= 0x7f;
        Assert.False(Sr25519Signature.Verify(signature, message, pair.PublicKey));
    }

    [Fact]
    public void Verify_rejects_a_non_canonical_s_even_though_it_is_congruent()
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(0);
        byte[] s = signature[32..];
        s[31] &= 0x7f;
        byte[] sPlusL = (new BigInteger(s, isUnsigned: true) + GroupOrder).ToByteArray(isUnsigned: true);
        Assert.True(sPlusL.Length <= 32 && (sPlusL.Length < 32 || sPlusL[31] < 0x80));
        byte[] forged = new byte[64];
        signature.AsSpan(0, 32).CopyTo(forged);
        sPlusL.CopyTo(forged, 32);
        forged[63] |= 0x80;
        Assert.False(Sr25519Signature.Verify(forged, message, pair.PublicKey));
        Assert.False(Sr25519Signature.VerifyDeprecated(forged, message, pair.PublicKey));
    }

    [Fact]
    public void Verify_rejects_a_signature_under_the_wrong_key()
    {
        (_, byte[] message, _, byte[] signature) = Vector(1);
        (Sr25519KeyPair other, _, _, _) = Vector(2);
        Assert.False(Sr25519Signature.Verify(signature, message, other.PublicKey));
    }

    [Fact]
    public void Verify_rejects_a_signature_with_a_flipped_bit_anywhere()
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(3);
        for (int bit = 0; bit < 64 * 8; bit++)
        {
            byte[] tampered = (byte[])signature.Clone();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(Sr25519Signature.Verify(tampered, message, pair.PublicKey), $"bit {bit}");
        }
    }

    [Fact]
    public void Verify_rejects_a_message_with_a_flipped_bit()
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(4);
        message[0] ^= 1;
        Assert.False(Sr25519Signature.Verify(signature, message, pair.PublicKey));
    }

    [Fact]
    public void Verify_rejects_a_signature_in_another_context()
    {
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        byte[] signature = new byte[64];
        pair.Sign("other"u8, "m"u8, signature);
        Assert.True(Sr25519Signature.VerifySimple("other"u8, "m"u8, signature, pair.PublicKey));
        Assert.False(Sr25519Signature.Verify(signature, "m"u8, pair.PublicKey));
    }

    [Theory]
    [InlineData(0, 32)]
    [InlineData(63, 32)]
    [InlineData(65, 32)]
    [InlineData(64, 0)]
    [InlineData(64, 31)]
    [InlineData(64, 33)]
    public void Verify_returns_false_for_wrong_lengths(int signatureLength, int publicKeyLength)
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(0);
        byte[] sig = new byte[signatureLength];
        signature.AsSpan(0, Math.Min(64, signatureLength)).CopyTo(sig);
        byte[] pk = new byte[publicKeyLength];
        pair.PublicKey[..Math.Min(32, publicKeyLength)].CopyTo(pk);
        Assert.False(Sr25519Signature.Verify(sig, message, pk));
        Assert.False(Sr25519Signature.VerifyDeprecated(sig, message, pk));
    }

    [Theory]
    [InlineData("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // non-canonical field element
    [InlineData("0x0100000000000000000000000000000000000000000000000000000000000000")] // negative (odd) field element
    [InlineData("0xedffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // p itself
    public void Verify_returns_false_for_a_public_key_that_is_not_a_ristretto_point(string publicKeyHex)
    {
        (_, byte[] message, _, byte[] signature) = Vector(0);
        Assert.False(Sr25519Signature.Verify(signature, message, Hex.Decode(publicKeyHex)));
        Assert.False(Sr25519Signature.VerifyDeprecated(signature, message, Hex.Decode(publicKeyHex)));
    }

    [Fact]
    public void Signature_of_the_zero_secret_under_the_identity_public_key_verifies_as_in_schnorrkel()
    {
        // The identity is a valid ristretto encoding; libsodium signals an identity product with -1, which must not be
        // mistaken for an invalid key. With A = identity, s·B = R holds when s = r.
        Sr25519KeyPair identity = Sr25519SecretKey.FromBytes(new byte[64]).ToKeyPair();
        Assert.Equal(new byte[32], identity.PublicKey.ToArray());
        byte[] signature = identity.Sign("m"u8);
        Assert.True(Sr25519Signature.Verify(signature, "m"u8, identity.PublicKey));
    }

    [Fact]
    public void Pre_audit_signature_verifies_only_through_VerifyDeprecated()
    {
        // sp-core sr25519 test verify_from_old_wasm_works: schnorrkel-js (0.1.1) output for seed 0, message "SUBSTRATE".
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        byte[] signature = Hex.Decode("0x28a854d54903e056f89581c691c1f7d2ff39f8f896c9e9c22475e60902cc2b3547199e0e91fa32902028f2ca2355e8cdd16cfe19ba5e8b658c94aa80f3b81a00");
        Assert.True(Sr25519Signature.VerifyDeprecated(signature, "SUBSTRATE"u8, pair.PublicKey));
        Assert.False(Sr25519Signature.Verify(signature, "SUBSTRATE"u8, pair.PublicKey));
        Assert.False(Sr25519Signature.VerifyDeprecated(signature, "SUBSTRATE!"u8, pair.PublicKey));

        byte[] tampered = (byte[])signature.Clone();
        tampered[5] ^= 0x10;
        Assert.False(Sr25519Signature.VerifyDeprecated(tampered, "SUBSTRATE"u8, pair.PublicKey));
    }

    [Fact]
    public void VerifyDeprecated_does_not_accept_a_modern_signature_with_its_marker_removed()
    {
        (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(5);
        signature[63] &= 0x7f;
        Assert.False(Sr25519Signature.VerifyDeprecated(signature, message, pair.PublicKey));
    }

    [Fact]
    public void Verify_is_thread_safe_under_parallel_load()
    {
        var vectors = new (Sr25519KeyPair Pair, byte[] Message, byte[] Signature)[TestVectors.Array("sr25519", "signatures").Length];
        for (int i = 0; i < vectors.Length; i++)
        {
            (Sr25519KeyPair pair, byte[] message, _, byte[] signature) = Vector(i);
            vectors[i] = (pair, message, signature);
        }
        int failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            (Sr25519KeyPair pair, byte[] message, byte[] signature) = vectors[n % vectors.Length];
            bool good = Sr25519Signature.Verify(signature, message, pair.PublicKey);
            byte[] own = pair.Sign(message);
            bool ownGood = Sr25519Signature.Verify(own, message, pair.PublicKey);
            bool wrong = Sr25519Signature.Verify(signature, [.. message, 1], pair.PublicKey);
            if (!good || !ownGood || wrong) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Sign_rejects_an_rng_of_the_wrong_length_and_a_short_destination()
    {
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        Assert.Throws<ArgumentException>(() => pair.Sign("substrate"u8, "m"u8, new byte[64], new byte[31]));
        Assert.Throws<ArgumentException>(() => pair.Sign("m"u8, new byte[63]));
    }
}
