using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Sr25519;

namespace Kusama.Crypto.Tests.Sr25519;

public class Sr25519HdkdTests
{
    public static TheoryData<string> Suris()
    {
        var data = new TheoryData<string>();
        foreach (JsonElement v in TestVectors.Array("derivation", "sr25519")) data.Add(v.String("suri"));
        return data;
    }

    public static TheoryData<int> PublicSoftIndices() =>
        Sr25519KeyTests.Indices(TestVectors.Array("derivation", "sr25519PublicSoft").Length);

    private static JsonElement Suri(string suri) =>
        TestVectors.Array("derivation", "sr25519").Single(v => v.String("suri") == suri);

    /// <summary>Substrate's mini secret: PBKDF2-SHA512 over the BIP39 entropy (not the phrase), salt "mnemonic" + password.</summary>
    private static byte[] DevMiniSecret(string? password)
    {
        string phrase = TestVectors.Get("derivation").String("devPhrase");
        JsonElement mnemonic = TestVectors.Array("mnemonic").First(m => m.String("phrase") == phrase);
        byte[] entropy = mnemonic.Bytes("entropy");
        return Rfc2898DeriveBytes.Pbkdf2(entropy, Encoding.UTF8.GetBytes("mnemonic" + (password ?? "")), 2048, HashAlgorithmName.SHA512, 64)[..32];
    }

    [Fact]
    public void Dev_mini_secret_used_by_the_derivation_tests_matches_the_vector_file()
    {
        Assert.Equal(TestVectors.Get("derivation").String("devMiniSecret"), Hex.Encode(DevMiniSecret(null)));
    }

    [Theory, MemberData(nameof(Suris))]
    public void Derived_public_key_matches_polkadot_js_for_every_suri(string suri)
    {
        JsonElement v = Suri(suri);
        JsonElement password = v.GetProperty("password");
        Sr25519KeyPair pair = Sr25519KeyPair.FromMiniSecret(DevMiniSecret(password.ValueKind == JsonValueKind.Null ? null : password.GetString()));
        foreach (JsonElement junction in v.GetProperty("path").EnumerateArray())
        {
            byte[] chainCode = junction.Bytes("chainCode");
            pair = junction.GetProperty("hard").GetBoolean() ? pair.DeriveHard(chainCode) : pair.DeriveSoft(chainCode);
        }
        Assert.Equal(v.String("publicKey"), Hex.Encode(pair.PublicKey));
    }

    [Theory, MemberData(nameof(PublicSoftIndices))]
    public void Public_only_soft_derivation_matches_polkadot_js(int i)
    {
        JsonElement v = TestVectors.Array("derivation", "sr25519PublicSoft")[i];
        byte[] child = new byte[32];
        Assert.True(Sr25519Hdkd.TryDerivePublicSoft(v.Bytes("parentPublic"), v.Bytes("chainCode"), child));
        Assert.Equal(v.String("childPublic"), Hex.Encode(child));
    }

    [Fact]
    public void Alice_chain_code_encoded_per_sp_core_gives_alices_well_known_key()
    {
        // sp-core: a string junction is its SCALE encoding (compact length 5 → 0x14, then "Alice"), zero-padded to 32.
        byte[] chainCode = new byte[32];
        chainCode[0] = 0x14;
        "Alice"u8.CopyTo(chainCode.AsSpan(1));
        Sr25519KeyPair alice = Sr25519KeyPair.FromMiniSecret(DevMiniSecret(null)).DeriveHard(chainCode);
        Assert.Equal("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", Hex.Encode(alice.PublicKey));
    }

    [Fact]
    public void Soft_derivation_of_the_secret_and_of_the_public_key_agree_while_the_nonce_is_random()
    {
        Sr25519KeyPair parent = Sr25519KeyPair.FromMiniSecret(DevMiniSecret(null));
        byte[] chainCode = Hex.Decode("0x10736f6674000000000000000000000000000000000000000000000000000000");
        Sr25519KeyPair a = parent.DeriveSoft(chainCode);
        Sr25519KeyPair b = parent.DeriveSoft(chainCode);
        byte[] viaPublic = new byte[32];
        Assert.True(Sr25519Hdkd.TryDerivePublicSoft(parent.PublicKey, chainCode, viaPublic));

        Assert.Equal(viaPublic, a.PublicKey.ToArray());
        Assert.Equal(a.Secret.ToBytes()[..32], b.Secret.ToBytes()[..32]);
        Assert.NotEqual(a.Secret.ToBytes()[32..], b.Secret.ToBytes()[32..]);
        Assert.True(Sr25519Signature.Verify(a.Sign("m"u8), "m"u8, viaPublic));
    }

    [Fact]
    public void Hard_derivation_is_deterministic_and_exposes_the_child_mini_secret()
    {
        Sr25519KeyPair parent = Sr25519KeyPair.FromMiniSecret(DevMiniSecret(null));
        byte[] chainCode = Suri("//Bob").GetProperty("path")[0].Bytes("chainCode");
        byte[] miniSecret = new byte[32];
        Sr25519Hdkd.HardDeriveMiniSecret(parent.Secret, chainCode, miniSecret);
        Assert.Equal(Suri("//Bob").String("publicKey"), Hex.Encode(Sr25519KeyPair.FromMiniSecret(miniSecret).PublicKey));
        Assert.Equal(parent.DeriveHard(chainCode).Secret.ToBytes(), parent.DeriveHard(chainCode).Secret.ToBytes());
    }

    [Fact]
    public void Public_soft_derivation_returns_false_for_an_invalid_parent_key()
    {
        byte[] invalid = Enumerable.Repeat((byte)0xff, 32).ToArray();
        Assert.False(Sr25519Hdkd.TryDerivePublicSoft(invalid, new byte[32], new byte[32]));
        Assert.False(Sr25519Hdkd.TryDerivePublicSoft(new byte[31], new byte[32], new byte[32]));
    }

    [Fact]
    public void Chain_code_of_the_wrong_length_is_rejected()
    {
        Sr25519KeyPair parent = Sr25519KeyPair.FromMiniSecret(new byte[32]);
        Assert.Throws<ArgumentException>(() => parent.DeriveHard(new byte[31]));
        Assert.Throws<ArgumentException>(() => parent.DeriveSoft(new byte[33]));
    }
}
