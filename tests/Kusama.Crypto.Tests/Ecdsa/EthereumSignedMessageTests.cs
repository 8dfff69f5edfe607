using System.Text;
using System.Text.Json;
using Kusama.Core;
using Org.BouncyCastle.Crypto.Digests;

namespace Kusama.Crypto.Tests.Ecdsa;

// Inside this namespace "Ecdsa" would name the test namespace, so the API's usings sit here.
using Kusama.Crypto.Ecdsa;

public class EthereumSignedMessageTests
{
    private static JsonElement Claim => EcdsaVectors.EthereumClaim;

    private static byte[] Prefix => Encoding.ASCII.GetBytes(Claim.String("prefix"));

    private static byte[] What => Encoding.ASCII.GetBytes(Claim.String("what"));

    [Fact]
    public void Hash_is_keccak256_of_the_personal_sign_message_the_claims_pallet_builds()
    {
        Span<byte> hash = stackalloc byte[32];
        EthereumSignedMessage.Hash(Prefix, What, hash);
        Assert.Equal(Claim.String("keccakOfSignedMessage"), Hex.Encode(hash));
        Assert.Equal(Claim.String("keccakOfSignedMessage"), Hex.Encode(BouncyKeccak(Claim.Bytes("signedMessage"))));
    }

    [Fact]
    public void Hash_splits_the_payload_into_prefix_data_and_extra_transparently()
    {
        byte[] what = What;
        Span<byte> hash = stackalloc byte[32];
        EthereumSignedMessage.Hash(Prefix, what.AsSpan(0, 10), what.AsSpan(10), hash);
        Assert.Equal(Claim.String("keccakOfSignedMessage"), Hex.Encode(hash));
    }

    [Fact]
    public void Hash_of_a_payload_over_the_stack_buffer_matches_bouncy_castle_keccak()
    {
        byte[] data = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        byte[] prefix = Encoding.ASCII.GetBytes("Pay KSMs to the Kusama account:");
        byte[] message = [0x19, .. Encoding.ASCII.GetBytes("Ethereum Signed Message:\n1031"), .. prefix, .. data];
        Span<byte> hash = stackalloc byte[32];
        EthereumSignedMessage.Hash(prefix, data, hash);
        Assert.Equal(Hex.Encode(BouncyKeccak(message)), Hex.Encode(hash));
    }

    [Theory]
    [InlineData("signature_v01")]
    [InlineData("signature_v27")]
    public void RecoverEthereumAddress_returns_the_claimant_for_v_as_0_1_and_27_28(string field)
    {
        Span<byte> address = stackalloc byte[20];
        Assert.True(EthereumSignedMessage.RecoverEthereumAddress(Claim.Bytes(field), Prefix, What, address));
        Assert.Equal(Claim.String("expectedEthereumAddress").ToLowerInvariant(), Hex.Encode(address));
    }

    [Fact]
    public void RecoverEthereumAddress_of_altered_data_is_someone_else()
    {
        byte[] what = What;
        what[0] ^= 0x01;
        Span<byte> address = stackalloc byte[20];
        bool recovered = EthereumSignedMessage.RecoverEthereumAddress(Claim.Bytes("signature_v01"), Prefix, what, address);
        Assert.False(recovered && Hex.Encode(address) == Claim.String("expectedEthereumAddress").ToLowerInvariant());
    }

    [Fact]
    public void RecoverEthereumAddress_rejects_a_bad_v()
    {
        byte[] signature = Claim.Bytes("signature_v27");
        signature[64] = 26;
        Span<byte> address = stackalloc byte[20];
        Assert.False(EthereumSignedMessage.RecoverEthereumAddress(signature, Prefix, What, address));
    }

    [Fact]
    public void Signing_the_claim_hash_reproduces_the_vector_signature()
    {
        var pair = new EcdsaKeyPair(Claim.Bytes("secretKey"));
        Assert.Equal(Claim.String("signature_v01"), Hex.Encode(pair.SignPrehashed(Claim.Bytes("keccakOfSignedMessage"))));
        Span<byte> address = stackalloc byte[20];
        pair.WriteEthereumAddress(address);
        Assert.Equal(Claim.String("expectedEthereumAddress").ToLowerInvariant(), Hex.Encode(address));
    }

    [Fact]
    public void ToEthereumAddress_accepts_the_0x04_tagged_key_and_rejects_other_lengths()
    {
        JsonElement v = EcdsaVectors.Secp256k1[4];
        Span<byte> address = stackalloc byte[20];
        EcdsaSignature.ToEthereumAddress([0x04, .. v.Bytes("publicKeyUncompressed64_no04")], address);
        Assert.Equal(v.String("ethereumAddress").ToLowerInvariant(), Hex.Encode(address));
        Assert.Throws<ArgumentException>(() => EcdsaSignature.ToEthereumAddress(v.Bytes("publicKeyCompressed"), new byte[20]));
    }

    private static byte[] BouncyKeccak(byte[] data)
    {
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data, 0, data.Length);
        byte[] output = new byte[32];
        digest.DoFinal(output, 0);
        return output;
    }
}
