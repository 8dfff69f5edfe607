using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Sr25519;

namespace Kusama.Crypto.Tests.Sr25519;

public class Sr25519KeyTests
{
    public static TheoryData<int> KeypairIndices() => Indices(TestVectors.Array("sr25519", "keypairs").Length);

    internal static TheoryData<int> Indices(int count)
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < count; i++) data.Add(i);
        return data;
    }

    private static JsonElement Keypair(int i) => TestVectors.Array("sr25519", "keypairs")[i];

    [Theory, MemberData(nameof(KeypairIndices))]
    public void Mini_secret_expands_to_the_polkadot_js_public_key_and_ed25519_form_secret(int i)
    {
        JsonElement v = Keypair(i);
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(v.Bytes("miniSecret"));
        Assert.Equal(v.String("publicKey"), Hex.Encode(pair.PublicKey));
        Assert.Equal(v.String("secretKeyEd25519Form64"), Hex.Encode(pair.Secret.ToEd25519Bytes()));
    }

    [Theory, MemberData(nameof(KeypairIndices))]
    public void Ed25519_form_secret_reads_back_to_the_same_key_and_public_key(int i)
    {
        JsonElement v = Keypair(i);
        byte[] ed25519Form = v.Bytes("secretKeyEd25519Form64");
        Sr25519SecretKey secret = Sr25519SecretKey.FromEd25519Bytes(ed25519Form);
        Assert.Equal(v.String("publicKey"), Hex.Encode(secret.ToKeyPair().PublicKey));
        Assert.Equal(ed25519Form, secret.ToEd25519Bytes());
    }

    [Theory, MemberData(nameof(KeypairIndices))]
    public void Schnorrkel_form_is_the_ed25519_form_key_divided_by_eight_and_round_trips(int i)
    {
        JsonElement v = Keypair(i);
        byte[] ed25519Form = v.Bytes("secretKeyEd25519Form64");
        byte[] schnorrkelForm = Sr25519SecretKey.FromEd25519Bytes(ed25519Form).ToBytes();

        var key = new System.Numerics.BigInteger(ed25519Form.AsSpan(0, 32), isUnsigned: true);
        Assert.Equal(key / 8, new System.Numerics.BigInteger(schnorrkelForm.AsSpan(0, 32), isUnsigned: true));
        Assert.Equal(ed25519Form.AsSpan(32).ToArray(), schnorrkelForm.AsSpan(32).ToArray());
        Assert.Equal(v.String("publicKey"), Hex.Encode(Sr25519SecretKey.FromBytes(schnorrkelForm).ToKeyPair().PublicKey));
    }

    [Fact]
    public void Secret_key_with_a_non_canonical_scalar_is_rejected()
    {
        byte[] bytes = new byte[64];
        Array.Fill(bytes, (byte)0xff, 0, 32);
        ArgumentException e = Assert.Throws<ArgumentException>(() => Sr25519SecretKey.FromBytes(bytes));
        Assert.Contains("canonical", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    public void Mini_secret_of_the_wrong_length_is_rejected(int length)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Sr25519KeyPair.FromMiniSecret(new byte[length]));
        Assert.Contains("32 bytes", e.Message);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(63)]
    [InlineData(96)]
    public void Secret_key_of_the_wrong_length_is_rejected(int length)
    {
        Assert.Throws<ArgumentException>(() => Sr25519SecretKey.FromBytes(new byte[length]));
        Assert.Throws<ArgumentException>(() => Sr25519SecretKey.FromEd25519Bytes(new byte[length]));
    }
}
