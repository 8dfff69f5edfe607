using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.Bip39;

namespace Kusama.Crypto.Tests.Bip39;

public class MnemonicTests
{
    private static readonly JsonElement[] Vectors = [.. TestVectors.Crypto.GetProperty("mnemonic").EnumerateArray()];

    private const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    public static TheoryData<int> VectorIndices()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < Vectors.Length; i++) data.Add(i);
        return data;
    }

    [Fact]
    public void The_vector_file_has_every_phrase_with_and_without_a_password()
    {
        Assert.Equal(12, Vectors.Length);
        Assert.Equal(6, Vectors.Count(v => v.String("password") == "Substrate"));
    }

    [Fact]
    public void The_embedded_wordlist_is_the_canonical_bip39_english_list()
    {
        // crypto.md §5: SHA-256 of english.txt, i.e. every word followed by '\n'.
        var text = new StringBuilder();
        foreach (string word in EnglishWordlist.Words) text.Append(word).Append('\n');
        byte[] hash = SHA256.HashData(Encoding.ASCII.GetBytes(text.ToString()));
        Assert.Equal("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda", Convert.ToHexStringLower(hash));
        Assert.Equal(2048, EnglishWordlist.Words.Length);
    }

    [Theory, MemberData(nameof(VectorIndices))]
    public void ToEntropy_matches_polkadot_js(int index)
    {
        JsonElement v = Vectors[index];
        Assert.Equal(v.String("entropy"), Hex.Encode(Mnemonic.ToEntropy(v.String("phrase"))));
    }

    [Theory, MemberData(nameof(VectorIndices))]
    public void FromEntropy_gives_back_the_phrase(int index)
    {
        JsonElement v = Vectors[index];
        Assert.Equal(v.String("phrase"), Mnemonic.FromEntropy(v.Bytes("entropy")));
    }

    [Theory, MemberData(nameof(VectorIndices))]
    public void ToMiniSecret_matches_substrate_bip39_with_and_without_password(int index)
    {
        JsonElement v = Vectors[index];
        string password = v.String("password");
        Assert.Equal(v.String("miniSecret"), Hex.Encode(Mnemonic.ToMiniSecret(v.String("phrase"), password)));

        Span<byte> fromEntropy = stackalloc byte[32];
        Mnemonic.MiniSecretFromEntropy(v.Bytes("entropy"), password, fromEntropy);
        Assert.Equal(v.String("miniSecret"), Hex.Encode(fromEntropy));
    }

    [Theory, MemberData(nameof(VectorIndices))]
    public void ToSeed_is_the_standard_bip39_seed_substrate_does_not_use(int index)
    {
        JsonElement v = Vectors[index];
        byte[] seed = Mnemonic.ToSeed(v.String("phrase"), v.String("password"));
        Assert.Equal(v.String("bip39StandardSeed64_NOT_used_by_substrate"), Hex.Encode(seed));
        Assert.NotEqual(v.String("miniSecret")[2..], Convert.ToHexStringLower(seed[..32]));
    }

    [Fact]
    public void The_dev_phrase_gives_the_dev_mini_secret()
    {
        string expected = TestVectors.Crypto.GetProperty("derivation").String("devMiniSecret");
        Assert.Equal(expected, Hex.Encode(Mnemonic.ToMiniSecret(DevPhrase)));
        Assert.Equal(expected, Hex.Encode(Mnemonic.ToMiniSecret(DevPhrase, "")));
    }

    [Fact]
    public void Extra_whitespace_between_words_does_not_change_the_result()
    {
        string messy = "  bottom\tdrive   obey\nlake curtain  smoke basket hold race lonely fit\r\nwalk ";
        string expected = TestVectors.Crypto.GetProperty("derivation").String("devMiniSecret");
        Assert.Equal(expected, Hex.Encode(Mnemonic.ToMiniSecret(messy)));
        Assert.Equal("0x1a486a5fbe53639984cb64b070755f7b", Hex.Encode(Mnemonic.ToEntropy(messy)));
        Assert.Equal(Mnemonic.ToSeed(DevPhrase), Mnemonic.ToSeed(messy));
    }

    [Fact]
    public void ToEntropy_names_an_unknown_word()
    {
        var e = Assert.Throws<FormatException>(() => Mnemonic.ToEntropy(DevPhrase.Replace("smoke", "smokey")));
        Assert.Contains("'smokey'", e.Message);
        Assert.Contains("word 6", e.Message);
    }

    [Fact]
    public void ToEntropy_matches_words_case_sensitively_as_sp_core_does()
    {
        var e = Assert.Throws<FormatException>(() => Mnemonic.ToEntropy(DevPhrase.Replace("bottom", "Bottom")));
        Assert.Contains("'Bottom'", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(25)]
    [InlineData(27)]
    public void ToEntropy_rejects_a_bad_word_count(int count)
    {
        string phrase = string.Join(' ', Enumerable.Repeat("abandon", count));
        var e = Assert.Throws<FormatException>(() => Mnemonic.ToEntropy(phrase));
        Assert.StartsWith("invalid word count", e.Message);
    }

    [Fact]
    public void ToEntropy_rejects_a_bad_checksum()
    {
        // "abandon" ×11 + "about" is the valid all-zero phrase; ending in "abandon" breaks its checksum.
        Assert.Equal(new byte[16], Mnemonic.ToEntropy(string.Join(' ', Enumerable.Repeat("abandon", 11)) + " about"));
        var e = Assert.Throws<FormatException>(() => Mnemonic.ToEntropy(string.Join(' ', Enumerable.Repeat("abandon", 12))));
        Assert.StartsWith("invalid checksum", e.Message);
    }

    [Fact]
    public void Swapping_two_words_breaks_the_checksum()
    {
        string swapped = DevPhrase.Replace("bottom drive", "drive bottom");
        Assert.False(Mnemonic.IsValid(swapped));
        Assert.Throws<FormatException>(() => Mnemonic.ToMiniSecret(swapped));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(18)]
    [InlineData(21)]
    [InlineData(24)]
    public void Generate_makes_a_valid_phrase_of_the_requested_length(int words)
    {
        string phrase = Mnemonic.Generate(words);
        Assert.Equal(words, phrase.Split(' ').Length);
        Assert.True(Mnemonic.IsValid(phrase));
        byte[] entropy = Mnemonic.ToEntropy(phrase);
        Assert.Equal(words / 3 * 4, entropy.Length);
        Assert.Equal(phrase, Mnemonic.FromEntropy(entropy));
        Assert.NotEqual(phrase, Mnemonic.Generate(words));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(27)]
    public void Generate_rejects_other_word_counts(int words) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Mnemonic.Generate(words));

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(17)]
    [InlineData(36)]
    public void FromEntropy_rejects_lengths_bip39_does_not_define(int length)
    {
        var e = Assert.Throws<ArgumentException>(() => Mnemonic.FromEntropy(new byte[length]));
        Assert.StartsWith("invalid entropy length", e.Message);
    }

    [Fact]
    public void ToSeed_refuses_a_password_that_would_need_nfkd()
    {
        var e = Assert.Throws<ArgumentException>(() => Mnemonic.ToSeed(DevPhrase, "caf\u00e9"));
        Assert.Contains("NFKD", e.Message);
    }

    [Fact]
    public void IsValid_is_false_for_null_and_garbage()
    {
        Assert.False(Mnemonic.IsValid(null));
        Assert.False(Mnemonic.IsValid("not a mnemonic"));
        Assert.True(Mnemonic.IsValid(DevPhrase));
    }
}
