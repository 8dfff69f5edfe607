using System.Text.Json;
using Kusama.Core;
using Kusama.Crypto.SecretUris;

namespace Kusama.Crypto.Tests.SecretUris;

public class SecretUriTests
{
    private static readonly JsonElement Derivation = TestVectors.Crypto.GetProperty("derivation");

    // The one junction where polkadot-js (raw hex bytes) and sp-core (the SCALE string "0x1234") part ways: crypto.md pitfall 12.
    private const string HexJunctionSuri = "//0x1234";

    public static TheoryData<string, string> DerivationSuris()
    {
        var data = new TheoryData<string, string>();
        foreach (string scheme in new[] { "sr25519", "ed25519", "ecdsa" })
            foreach (JsonElement v in Derivation.GetProperty(scheme).EnumerateArray())
                data.Add(scheme, v.String("suri"));
        return data;
    }

    private static JsonElement Vector(string scheme, string suri)
    {
        foreach (JsonElement v in Derivation.GetProperty(scheme).EnumerateArray())
            if (v.String("suri") == suri) return v;
        throw new InvalidOperationException($"no {scheme} vector for '{suri}'");
    }

    [Theory, MemberData(nameof(DerivationSuris))]
    public void Junction_chain_codes_match_the_vectors_except_for_hex_junctions(string scheme, string suri)
    {
        JsonElement v = Vector(scheme, suri);
        SecretUri parsed = SecretUri.Parse(suri);

        if (v.TryGetProperty("error", out _))
        {
            // ed25519 and ecdsa refuse soft junctions; the path still parses and holds one.
            Assert.Contains(parsed.Junctions, j => j.IsSoft);
            return;
        }

        JsonElement[] path = [.. v.GetProperty("path").EnumerateArray()];
        Assert.Equal(path.Length, parsed.Junctions.Count);
        for (int i = 0; i < path.Length; i++)
        {
            Assert.Equal(path[i].GetProperty("hard").GetBoolean(), parsed.Junctions[i].IsHard);
            if (suri == HexJunctionSuri)
                Assert.NotEqual(path[i].String("chainCode"), Hex.Encode(parsed.Junctions[i].ChainCode));
            else
                Assert.Equal(path[i].String("chainCode"), Hex.Encode(parsed.Junctions[i].ChainCode));
        }
    }

    [Fact]
    public void A_hex_junction_is_the_scale_string_as_in_sp_core_not_raw_bytes_as_in_polkadot_js()
    {
        SecretUri parsed = SecretUri.Parse(HexJunctionSuri);
        // SCALE("0x1234") = compact length 6 (6 << 2 = 0x18) ‖ "0x1234" in ASCII, zero-padded to 32 bytes.
        Assert.Equal("0x1830783132333400000000000000000000000000000000000000000000000000", Hex.Encode(parsed.Junctions[0].ChainCode));
        string polkadotJs = Vector("sr25519", HexJunctionSuri).GetProperty("path")[0].String("chainCode");
        Assert.Equal("0x1234000000000000000000000000000000000000000000000000000000000000", polkadotJs);
    }

    [Theory, MemberData(nameof(DerivationSuris))]
    public void Password_is_what_follows_three_slashes(string scheme, string suri)
    {
        JsonElement expected = Vector(scheme, suri).TryGetProperty("password", out JsonElement p) ? p : default;
        string? password = expected.ValueKind == JsonValueKind.String ? expected.GetString() : null;
        Assert.Equal(password, SecretUri.Parse(suri).Password);
    }

    [Fact]
    public void Sr25519_public_soft_junctions_match_the_vectors()
    {
        foreach (JsonElement v in Derivation.GetProperty("sr25519PublicSoft").EnumerateArray())
        {
            DeriveJunction junction = DeriveJunction.Parse(v.String("junction"));
            Assert.True(junction.IsSoft);
            Assert.Equal(v.String("chainCode"), Hex.Encode(junction.ChainCode));
        }
    }

    [Fact]
    public void A_uri_without_a_phrase_uses_the_dev_phrase()
    {
        SecretUri alice = SecretUri.Parse("//Alice");
        Assert.Equal(SecretUri.DevPhrase, alice.Phrase);
        Assert.Equal(SecretUri.DevPhrase, Derivation.String("devPhrase"));
        Assert.False(alice.HasPhrase);
        Assert.False(alice.IsHexSeed);
        Assert.Equal(Derivation.String("devMiniSecret"), Hex.Encode(alice.GetSeed()));
    }

    [Fact]
    public void The_empty_uri_is_the_dev_phrase_with_no_path()
    {
        SecretUri root = SecretUri.Parse("");
        Assert.Empty(root.Junctions);
        Assert.Null(root.Password);
        Assert.Equal(Derivation.String("devMiniSecret"), Hex.Encode(root.GetSeed()));
    }

    [Fact]
    public void An_explicit_phrase_is_kept_with_its_path_and_password()
    {
        SecretUri uri = SecretUri.Parse(SecretUri.DevPhrase + "//polkadot/1///secret pass");
        Assert.True(uri.HasPhrase);
        Assert.Equal(SecretUri.DevPhrase, uri.Phrase);
        Assert.Equal("secret pass", uri.Password);
        Assert.Equal(2, uri.Junctions.Count);
        Assert.Equal(DeriveJunction.Hard("polkadot"), uri.Junctions[0]);
        Assert.Equal(DeriveJunction.Soft(1), uri.Junctions[1]);
    }

    [Fact]
    public void The_password_feeds_the_mnemonic_mini_secret()
    {
        JsonElement withPassword = TestVectors.Crypto.GetProperty("mnemonic").EnumerateArray()
            .First(v => v.String("phrase") == SecretUri.DevPhrase && v.String("password") == "Substrate");
        Assert.Equal(withPassword.String("miniSecret"), Hex.Encode(SecretUri.Parse("///Substrate").GetSeed()));
        Assert.Equal(withPassword.String("miniSecret"), Hex.Encode(SecretUri.Parse(SecretUri.DevPhrase + "//Alice///Substrate").GetSeed()));
    }

    [Fact]
    public void A_hex_seed_is_used_as_the_seed_itself()
    {
        string seed = Derivation.String("devMiniSecret");
        SecretUri uri = SecretUri.Parse(seed + "//Alice/0");
        Assert.True(uri.IsHexSeed);
        Assert.Equal(seed, uri.Phrase);
        Assert.Equal(seed, Hex.Encode(uri.GetSeed()));
        Assert.Equal(2, uri.Junctions.Count);
        Assert.Equal(Vector("sr25519", "//Alice").GetProperty("path")[0].String("chainCode"), Hex.Encode(uri.Junctions[0].ChainCode));
    }

    [Theory]
    [InlineData("0x1234")]
    [InlineData("0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e00")]
    [InlineData("0xzac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e")]
    public void A_hex_seed_that_is_not_32_bytes_of_hex_is_rejected(string phrase)
    {
        SecretUri uri = SecretUri.Parse(phrase);
        var e = Assert.Throws<FormatException>(() => uri.GetSeed());
        Assert.StartsWith("invalid seed", e.Message);
    }

    [Fact]
    public void An_invalid_mnemonic_fails_when_the_seed_is_asked_for()
    {
        SecretUri uri = SecretUri.Parse("hello wrld//Alice");
        Assert.Equal("hello wrld", uri.Phrase);
        var e = Assert.Throws<FormatException>(() => uri.GetSeed());
        Assert.StartsWith("invalid phrase", e.Message);
        Assert.Contains("'wrld'", e.Message);
    }

    // The parse table of sp-core's address_uri.rs tests (phrase, junction segments, password).
    [Theory]
    [InlineData("///", null, "", "")]
    [InlineData("////////", null, "", "/////")]
    [InlineData("sdasd///asda", "sdasd", "", "asda")]
    [InlineData("sdasd//asda", "sdasd", "//asda", null)]
    [InlineData("sdasd//a", "sdasd", "//a", null)]
    [InlineData("sdasd/xx//asda", "sdasd", "/xx//asda", null)]
    [InlineData("sdasd/xx//a/b//c///pass", "sdasd", "/xx//a/b//c", "pass")]
    [InlineData("sdasd/asda//x", "sdasd", "/asda//x", null)]
    [InlineData("sdasd/a", "sdasd", "/a", null)]
    [InlineData("sdasd", "sdasd", "", null)]
    [InlineData("sdasd/asd.a", "sdasd", "/asd.a", null)]
    [InlineData("sdasd//asd.a", "sdasd", "//asd.a", null)]
    [InlineData("hello world/s//h///pass", "hello world", "/s//h", "pass")]
    [InlineData("//Alice///pass/with//slashes", null, "//Alice", "pass/with//slashes")]
    public void Parse_splits_like_sp_core(string uri, string? phrase, string path, string? password)
    {
        SecretUri parsed = SecretUri.Parse(uri);
        Assert.Equal(phrase ?? SecretUri.DevPhrase, parsed.Phrase);
        Assert.Equal(phrase is not null, parsed.HasPhrase);
        Assert.Equal(password, parsed.Password);

        var expected = new List<DeriveJunction>();
        int i = 0;
        while (i < path.Length)
        {
            int start = path.AsSpan(i).StartsWith("//") ? i + 2 : i + 1;
            int end = path.IndexOf('/', start);
            if (end < 0) end = path.Length;
            expected.Add(DeriveJunction.Parse(path[i..end]));
            i = end;
        }
        Assert.Equal(expected, parsed.Junctions);
    }

    [Theory]
    [InlineData("sdasd//", "empty hard junction")]
    [InlineData("sdasd/xx//", "empty hard junction")]
    [InlineData("sdasd/", "empty soft junction")]
    [InlineData("sd.asd", "invalid character in phrase")]
    [InlineData("sd.asd/asd.a", "invalid character in phrase")]
    [InlineData("sd.asd//asd.a", "invalid character in phrase")]
    [InlineData("sd.asd///asd.a\n", "invalid character in phrase")]
    [InlineData("///\n", "invalid character in password")]
    [InlineData("///a\n", "invalid character in password")]
    [InlineData("bottom\tdrive", "invalid character in phrase")]
    public void Parse_rejects_what_sp_core_rejects(string uri, string message)
    {
        var e = Assert.Throws<FormatException>(() => SecretUri.Parse(uri));
        Assert.Contains(message, e.Message);
        Assert.False(SecretUri.TryParse(uri, out SecretUri? result));
        Assert.Null(result);
    }

    [Fact]
    public void TryParse_returns_false_for_null() => Assert.False(SecretUri.TryParse(null, out _));
}
