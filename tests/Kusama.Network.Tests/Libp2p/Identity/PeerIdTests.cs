using System.Text.Json;
using Kusama.Core;
using Kusama.Network.Libp2p.Identity;

namespace Kusama.Network.Tests.Libp2p.Identity;

public sealed class PeerIdTests
{
    public static TheoryData<int> KeyVectors()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < NetVectors.Net.GetProperty("keys").GetArrayLength(); i++) data.Add(i);
        return data;
    }

    private static JsonElement Key(int index) => NetVectors.Net.GetProperty("keys")[index];

    private static byte[] Bytes(JsonElement vector, string name) => Hex.Decode("0x" + vector.GetProperty(name).GetString());

    [Theory]
    [MemberData(nameof(KeyVectors))]
    public void Node_keys_give_the_vector_public_key_protobuf_and_peer_id(int index)
    {
        JsonElement vector = Key(index);
        using NodeKey key = NodeKey.FromSecret(Bytes(vector, "ed25519_seed"));

        Assert.Equal(Bytes(vector, "public_key"), key.PublicKey.Data.ToArray());
        Assert.Equal(Bytes(vector, "public_key_protobuf"), key.PublicKey.Encode());
        Assert.Equal(Bytes(vector, "peer_id_multihash"), key.PeerId.Bytes.ToArray());
        Assert.Equal(vector.GetProperty("peer_id_base58").GetString(), key.PeerId.ToString());
        Assert.Equal(vector.GetProperty("peer_id_cidv1_base32").GetString(), key.PeerId.ToCidString());
    }

    [Theory]
    [MemberData(nameof(KeyVectors))]
    public void Base58_and_cid_text_parse_to_the_same_peer_id_carrying_the_public_key(int index)
    {
        JsonElement vector = Key(index);
        PeerId fromBase58 = PeerId.Parse(vector.GetProperty("peer_id_base58").GetString()!);
        PeerId fromCid = PeerId.Parse(vector.GetProperty("peer_id_cidv1_base32").GetString()!);

        Assert.Equal(fromBase58, fromCid);
        Assert.True(fromBase58 == fromCid);
        Assert.Equal(fromBase58.GetHashCode(), fromCid.GetHashCode());
        Assert.Equal(Bytes(vector, "public_key"), fromBase58.TryGetPublicKey()!.Data.ToArray());
        Assert.True(fromBase58.Matches(PublicKey.Decode(Bytes(vector, "public_key_protobuf"))));
    }

    [Fact]
    public void Legacy_sha256_peer_ids_parse_as_in_the_vectors_and_carry_no_key()
    {
        foreach (JsonProperty entry in NetVectors.Net.GetProperty("peer_id_parse").EnumerateObject())
        {
            PeerId peerId = PeerId.Parse(entry.Name);
            Assert.Equal(Hex.Decode("0x" + entry.Value.GetString()), peerId.Bytes.ToArray());
            Assert.Equal(entry.Name, peerId.ToString());
            Assert.Null(peerId.TryGetPublicKey());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("12D3KooW0000")]
    [InlineData("12D3KooWK99VoVxNE7XzyBwXEzW7xhK7Gpv85r9F3V3fyKSUKPH")]
    [InlineData("QmSk5HQbn6LhUwDiNMseVUjuRYhEtYj4aUZ6WfWoGURpd")]
    [InlineData("bafzaajaiaejcbcui4poxicprsx6vfwznhs5f24wkm4e36hmucin7g5eiag2a632")]
    [InlineData("bafyaajaiaejcbcui4poxicprsx6vfwznhs5f24wkm4e36hmucin7g5eiag2a6324")]
    [InlineData("1")]
    public void Garbage_text_is_not_a_peer_id(string text)
    {
        Assert.False(PeerId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PeerId.Parse(text));
    }

    [Fact]
    public void Multihashes_other_than_short_identity_or_sha256_are_rejected()
    {
        byte[] longIdentity = [0x00, 43, .. new byte[43]];
        byte[] shortSha256 = [0x12, 0x10, .. new byte[16]];
        byte[] wrongLength = [0x00, 0x05, 1, 2];
        byte[] otherCode = [0x13, 0x20, .. new byte[32]];

        Assert.False(PeerId.TryFromBytes(longIdentity, out _));
        Assert.False(PeerId.TryFromBytes(shortSha256, out _));
        Assert.False(PeerId.TryFromBytes(wrongLength, out _));
        Assert.False(PeerId.TryFromBytes(otherCode, out _));
        Assert.False(PeerId.TryFromBytes([], out _));
    }

    [Fact]
    public void Public_key_protobuf_decodes_fields_in_any_order_and_skips_unknown_ones()
    {
        byte[] key = Bytes(Key(0), "public_key");
        byte[] reordered = [0x12, 0x20, .. key, 0x18, 0x05, 0x08, 0x01];

        PublicKey decoded = PublicKey.Decode(reordered);

        Assert.Equal(KeyType.Ed25519, decoded.Type);
        Assert.Equal(PublicKey.FromEd25519(key), decoded);
    }

    [Theory]
    [InlineData("0x0801")]
    [InlineData("0x080112")]
    [InlineData("0x0801122001")]
    [InlineData("0x0809120100")]
    [InlineData("0x08011203010203")]
    [InlineData("0x0f")]
    public void Malformed_public_key_protobufs_are_rejected(string hex)
    {
        Assert.Throws<FormatException>(() => PublicKey.Decode(Hex.Decode(hex)));
    }

    [Fact]
    public void Noise_identity_signature_of_the_vector_verifies_with_the_node_public_key()
    {
        JsonElement noise = NetVectors.Net.GetProperty("noise_identity");
        using NodeKey key = NodeKey.FromSecret(Bytes(Key(0), "ed25519_seed"));
        byte[] message = Bytes(noise, "signed_message");

        Assert.Equal(Bytes(noise, "identity_sig"), key.Sign(message));
        Assert.True(key.PublicKey.Verify(message, Bytes(noise, "identity_sig")));
        Assert.False(key.PublicKey.Verify(message[1..], Bytes(noise, "identity_sig")));
    }
}
