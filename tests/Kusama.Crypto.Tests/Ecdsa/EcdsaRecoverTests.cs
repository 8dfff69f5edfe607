using System.Text.Json;
using Kusama.Core;
using BigInt = System.Numerics.BigInteger;

namespace Kusama.Crypto.Tests.Ecdsa;

// Inside this namespace "Ecdsa" would name the test namespace, so the API's usings sit here.
using Kusama.Crypto.Ecdsa;

public class EcdsaRecoverTests
{
    // SEC 2 secp256k1 constants.
    private static readonly BigInt N = Parse("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    private static readonly BigInt P = Parse("fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f");
    private static readonly BigInt Gx = Parse("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");

    public static TheoryData<int> Keys() => EcdsaVectors.Secp256k1Indexes();

    [Theory, MemberData(nameof(Keys))]
    public void RecoverCompressed_returns_the_signer_of_the_blake2_vector(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        Span<byte> key = stackalloc byte[33];
        Assert.True(EcdsaSignature.RecoverCompressed(v.Bytes("signatureBlake2"), v.Bytes("blake2_256_msg"), key));
        Assert.Equal(v.String("recoveredCompressed"), Hex.Encode(key));
        Assert.True(EcdsaSignature.RecoverCompressed(v.Bytes("signatureBlake2"), v.Bytes("blake2_256_msg"), key, overflowing: true));
        Assert.Equal(v.String("recoveredCompressed"), Hex.Encode(key));
    }

    [Theory, MemberData(nameof(Keys))]
    public void RecoverUncompressed_returns_the_64_byte_key_and_ethereum_address_of_the_keccak_vector(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        Span<byte> key = stackalloc byte[64];
        Assert.True(EcdsaSignature.RecoverUncompressed(v.Bytes("signatureKeccak"), v.Bytes("keccak256_msg"), key));
        Assert.Equal(v.String("recoveredUncompressed64_no04"), Hex.Encode(key));
        Span<byte> address = stackalloc byte[20];
        EcdsaSignature.ToEthereumAddress(key, address);
        Assert.Equal(v.String("ethAddressFromRecovered").ToLowerInvariant(), Hex.Encode(address));
        Assert.Equal(v.String("ethereumAddress").ToLowerInvariant(), Hex.Encode(address));
    }

    [Theory, MemberData(nameof(Keys))]
    public void Verify_accepts_the_vector_signatures(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        byte[] publicKey = v.Bytes("publicKeyCompressed");
        Assert.True(EcdsaSignature.Verify(v.Bytes("signatureBlake2"), v.Bytes("message"), publicKey));
        Assert.True(EcdsaSignature.Verify(v.Bytes("signatureBlake2"), v.Bytes("message"), publicKey, overflowing: true));
        Assert.True(EcdsaSignature.VerifyPrehashed(v.Bytes("signatureKeccak"), v.Bytes("keccak256_msg"), publicKey));
    }

    [Theory, MemberData(nameof(Keys))]
    public void Verify_rejects_a_tampered_message(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        byte[] message = v.Bytes("message");
        message[0] ^= 0x01;
        Assert.False(EcdsaSignature.Verify(v.Bytes("signatureBlake2"), message, v.Bytes("publicKeyCompressed")));
    }

    [Theory, MemberData(nameof(Keys))]
    public void Recover_over_a_tampered_hash_gives_a_different_key(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        byte[] hash = v.Bytes("blake2_256_msg");
        hash[31] ^= 0x80;
        Span<byte> key = stackalloc byte[33];
        bool recovered = EcdsaSignature.RecoverCompressed(v.Bytes("signatureBlake2"), hash, key);
        Assert.False(recovered && Hex.Encode(key) == v.String("recoveredCompressed"));
    }

    [Theory, MemberData(nameof(Keys))]
    public void Verify_rejects_a_signature_with_a_flipped_bit_in_s(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        byte[] signature = v.Bytes("signatureBlake2");
        signature[40] ^= 0x04;
        Assert.False(EcdsaSignature.Verify(signature, v.Bytes("message"), v.Bytes("publicKeyCompressed")));
    }

    [Fact]
    public void Verify_rejects_the_other_recovery_id()
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] signature = v.Bytes("signatureBlake2");
        signature[64] ^= 1;
        Assert.False(EcdsaSignature.Verify(signature, v.Bytes("message"), v.Bytes("publicKeyCompressed")));
    }

    [Fact]
    public void Verify_rejects_a_different_public_key()
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        Assert.False(EcdsaSignature.Verify(v.Bytes("signatureBlake2"), v.Bytes("message"), EcdsaVectors.Secp256k1[1].Bytes("publicKeyCompressed")));
    }

    [Theory]
    [InlineData(0)] // v = 0 → 27
    [InlineData(1)] // v = 1 → 28
    public void Recover_treats_v_27_and_28_as_0_and_1(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        byte[] signature = v.Bytes("signatureBlake2");
        Assert.Equal(index, signature[64]);
        signature[64] += 27;
        Span<byte> key = stackalloc byte[33];
        Assert.True(EcdsaSignature.RecoverCompressed(signature, v.Bytes("blake2_256_msg"), key));
        Assert.Equal(v.String("recoveredCompressed"), Hex.Encode(key));
    }

    [Fact]
    public void Verify_does_not_accept_v_27_because_sp_core_does_not()
    {
        // sp-core's Signature::recover_prehashed takes RecoveryId::from_i32(v) with no 27 offset.
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] signature = v.Bytes("signatureBlake2");
        signature[64] += 27;
        Assert.False(EcdsaSignature.Verify(signature, v.Bytes("message"), v.Bytes("publicKeyCompressed")));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(26)]
    [InlineData(31)]
    [InlineData(255)]
    public void Recover_rejects_an_invalid_v(byte badV)
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] signature = v.Bytes("signatureBlake2");
        signature[64] = badV;
        Span<byte> key = stackalloc byte[64];
        Assert.False(EcdsaSignature.RecoverCompressed(signature, v.Bytes("blake2_256_msg"), key));
        Assert.False(EcdsaSignature.RecoverUncompressed(signature, v.Bytes("blake2_256_msg"), key, overflowing: true));
        Assert.False(EcdsaSignature.VerifyPrehashed(signature, v.Bytes("blake2_256_msg"), v.Bytes("publicKeyCompressed")));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(29)]
    [InlineData(30)]
    public void Recover_rejects_recovery_ids_2_and_3_when_r_plus_n_is_not_below_p(byte highV)
    {
        // Every vector's r exceeds p − n (≈ 2^128), so x = r + n is not a field element.
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] signature = v.Bytes("signatureBlake2");
        signature[64] = highV;
        Span<byte> key = stackalloc byte[33];
        Assert.False(EcdsaSignature.RecoverCompressed(signature, v.Bytes("blake2_256_msg"), key));
    }

    [Fact]
    public void Recover_rejects_r_equal_to_p_minus_n_with_recovery_id_2()
    {
        byte[] signature = Signature(P - N, 12345, 2);
        Span<byte> key = stackalloc byte[33];
        Assert.False(EcdsaSignature.RecoverCompressed(signature, new byte[32], key));
        Assert.False(EcdsaSignature.RecoverCompressed(signature, new byte[32], key, overflowing: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Recover_rejects_r_zero_and_s_zero(bool overflowing)
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] good = v.Bytes("signatureBlake2");
        byte[] hash = v.Bytes("blake2_256_msg");
        byte[] rZero = (byte[])good.Clone();
        Array.Clear(rZero, 0, 32);
        byte[] sZero = (byte[])good.Clone();
        Array.Clear(sZero, 32, 32);
        Span<byte> key = stackalloc byte[33];
        Assert.False(EcdsaSignature.RecoverCompressed(rZero, hash, key, overflowing));
        Assert.False(EcdsaSignature.RecoverCompressed(sZero, hash, key, overflowing));
        Assert.False(EcdsaSignature.RecoverCompressed(new byte[65], hash, key, overflowing));
    }

    [Fact]
    public void R_equal_to_n_is_rejected_in_both_modes_because_it_reduces_to_zero()
    {
        byte[] signature = Signature(N, 12345, 0);
        Span<byte> key = stackalloc byte[33];
        Assert.False(EcdsaSignature.RecoverCompressed(signature, new byte[32], key));
        Assert.False(EcdsaSignature.RecoverCompressed(signature, new byte[32], key, overflowing: true));
    }

    [Fact]
    public void S_at_or_above_n_is_rejected_by_v2_and_reduced_by_v1()
    {
        // A valid signature built by hand from the curve constants: with nonce k = 1, R = G and r = Gx;
        // choosing s = t fixes the message scalar e = t − r·d (mod n). Then (r, n + t) is the same signature "overflowed".
        JsonElement v = EcdsaVectors.Secp256k1[2];
        BigInt d = new(v.Bytes("secretKey"), isUnsigned: true, isBigEndian: true);
        BigInt t = 12345;
        byte[] hash = Scalar(Mod(t - Gx * d));

        Span<byte> key = stackalloc byte[33];
        Assert.True(EcdsaSignature.RecoverCompressed(Signature(Gx, t, 0), hash, key));
        Assert.Equal(v.String("publicKeyCompressed"), Hex.Encode(key));

        byte[] overflowed = Signature(Gx, N + t, 0);
        Assert.False(EcdsaSignature.RecoverCompressed(overflowed, hash, key));
        Assert.False(EcdsaSignature.VerifyPrehashed(overflowed, hash, v.Bytes("publicKeyCompressed")));

        key.Clear();
        Assert.True(EcdsaSignature.RecoverCompressed(overflowed, hash, key, overflowing: true));
        Assert.Equal(v.String("publicKeyCompressed"), Hex.Encode(key));
        Assert.True(EcdsaSignature.VerifyPrehashed(overflowed, hash, v.Bytes("publicKeyCompressed"), overflowing: true));
    }

    [Fact]
    public void R_at_or_above_n_is_rejected_by_v2_and_reduced_by_v1()
    {
        // The smallest x that is on the curve stands in for r; n + x is its overflowing spelling.
        byte[] hash = EcdsaVectors.Secp256k1[0].Bytes("blake2_256_msg");
        Span<byte> expected = stackalloc byte[64];
        BigInt x = 1;
        while (!EcdsaSignature.RecoverUncompressed(Signature(x, 777, 1), hash, expected))
            x++;

        byte[] overflowed = Signature(N + x, 777, 1);
        Span<byte> key = stackalloc byte[64];
        Assert.False(EcdsaSignature.RecoverUncompressed(overflowed, hash, key));
        Assert.True(EcdsaSignature.RecoverUncompressed(overflowed, hash, key, overflowing: true));
        Assert.Equal(Hex.Encode(expected), Hex.Encode(key));
    }

    [Fact]
    public void Low_s_is_not_enforced_on_recover_or_verify()
    {
        JsonElement v = EcdsaVectors.Secp256k1[3];
        byte[] signature = v.Bytes("signatureBlake2");
        BigInt s = new(signature.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        // (r, n − s) with the flipped y parity is the same signature in its high-s form.
        byte[] high = Signature(new BigInt(signature.AsSpan(0, 32), isUnsigned: true, isBigEndian: true), N - s, (byte)(signature[64] ^ 1));
        Assert.True(EcdsaSignature.Verify(high, v.Bytes("message"), v.Bytes("publicKeyCompressed")));
    }

    [Fact]
    public void Wrong_sized_signatures_and_keys_are_false_not_exceptions()
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] signature = v.Bytes("signatureBlake2");
        Span<byte> key = stackalloc byte[64];
        Assert.False(EcdsaSignature.RecoverCompressed(signature.AsSpan(0, 64), v.Bytes("blake2_256_msg"), key));
        Assert.False(EcdsaSignature.RecoverUncompressed([.. signature, 0], v.Bytes("blake2_256_msg"), key));
        Assert.False(EcdsaSignature.Verify(signature, v.Bytes("message"), v.Bytes("publicKeyUncompressed64_no04")));
    }

    [Fact]
    public void A_message_hash_that_is_not_32_bytes_is_a_caller_error()
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        byte[] signature = v.Bytes("signatureBlake2");
        var e = Assert.Throws<ArgumentException>(() => EcdsaSignature.RecoverCompressed(signature, new byte[31], new byte[33]));
        Assert.Contains("32 bytes", e.Message);
    }

    [Fact]
    public void Hostile_random_signatures_never_throw()
    {
        var random = new Random(20240601);
        byte[] signature = new byte[65];
        byte[] hash = new byte[32];
        byte[] key = new byte[64];
        int recovered = 0;
        for (int i = 0; i < 300; i++)
        {
            random.NextBytes(signature);
            random.NextBytes(hash);
            signature[64] = (byte)(i % 4 == 0 ? random.Next(256) : random.Next(2));
            bool strict = EcdsaSignature.RecoverUncompressed(signature, hash, key);
            bool loose = EcdsaSignature.RecoverCompressed(signature, hash, key, overflowing: true);
            Assert.False(strict && !loose); // whatever v2 accepts, v1 accepts too
            if (strict) recovered++;
        }
        // About half of random r are x-coordinates on the curve; random s is almost always below n.
        Assert.InRange(recovered, 60, 240);
    }

    [Fact]
    public void Recover_gives_the_same_keys_when_called_from_many_threads_at_once()
    {
        // The curve tables are shared statics that BouncyCastle fills lazily; concurrent first use must not corrupt them.
        JsonElement[] vectors = EcdsaVectors.Secp256k1;
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            JsonElement v = vectors[i % vectors.Length];
            byte[] key = new byte[33];
            results[i] = EcdsaSignature.RecoverCompressed(v.Bytes("signatureBlake2"), v.Bytes("blake2_256_msg"), key) ? Hex.Encode(key) : "failed";
        });
        for (int i = 0; i < results.Length; i++)
            Assert.Equal(vectors[i % vectors.Length].String("recoveredCompressed"), results[i]);
    }

    [Theory, MemberData(nameof(Keys))]
    public void TryDecompress_and_TryCompress_round_trip_the_vector_keys(int index)
    {
        JsonElement v = EcdsaVectors.Secp256k1[index];
        Span<byte> full = stackalloc byte[64];
        Span<byte> compressed = stackalloc byte[33];
        Assert.True(EcdsaSignature.TryDecompress(v.Bytes("publicKeyCompressed"), full));
        Assert.Equal(v.String("publicKeyUncompressed64_no04"), Hex.Encode(full));
        Assert.True(EcdsaSignature.TryCompress(full, compressed));
        Assert.Equal(v.String("publicKeyCompressed"), Hex.Encode(compressed));
        Assert.True(EcdsaSignature.TryCompress([0x04, .. full.ToArray()], compressed));
        Assert.Equal(v.String("publicKeyCompressed"), Hex.Encode(compressed));
    }

    [Fact]
    public void TryDecompress_and_TryCompress_reject_points_off_the_curve()
    {
        JsonElement v = EcdsaVectors.Secp256k1[0];
        Span<byte> full = stackalloc byte[64];
        Span<byte> compressed = stackalloc byte[33];
        byte[] badTag = v.Bytes("publicKeyCompressed");
        badTag[0] = 0x04;
        Assert.False(EcdsaSignature.TryDecompress(badTag, full));
        byte[] xAboveP = [0x02, .. Enumerable.Repeat((byte)0xff, 32)];
        Assert.False(EcdsaSignature.TryDecompress(xAboveP, full));
        byte[] offCurve = v.Bytes("publicKeyUncompressed64_no04");
        offCurve[63] ^= 1;
        Assert.False(EcdsaSignature.TryCompress(offCurve, compressed));
    }

    [Fact]
    public void Account_ids_of_derived_keys_match_polkadot_js()
    {
        JsonElement alice = EcdsaVectors.Derivation("//Alice");
        Assert.Equal(alice.String("accountId32"), EcdsaSignature.ToAccountId(alice.Bytes("publicKey")).ToString());
    }

    private static BigInt Parse(string hex) => new(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true);

    private static BigInt Mod(BigInt value) => ((value % N) + N) % N;

    private static byte[] Scalar(BigInt value)
    {
        byte[] bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (bytes.Length > 32) throw new ArgumentOutOfRangeException(nameof(value));
        return [.. new byte[32 - bytes.Length], .. bytes];
    }

    private static byte[] Signature(BigInt r, BigInt s, byte v) => [.. Scalar(r), .. Scalar(s), v];
}
