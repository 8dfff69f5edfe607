namespace Kusama.Node.Tests.Cli;

public class KeyInspectTests
{
    private const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    public static TheoryData<string, string, string> SchemesAndNetworks()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var scheme in new[] { "sr25519", "ed25519", "ecdsa" })
        {
            data.Add(scheme, "kusama", "ss58_2");
            data.Add(scheme, "polkadot", "ss58_0");
            data.Add(scheme, "42", "ss58_42");
        }

        return data;
    }

    /// <summary>Every derivation vector that polkadot-js and sp-core agree on (crypto.md pitfall 12 excludes //0x1234).</summary>
    public static TheoryData<string, string> DerivationVectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var scheme in new[] { "sr25519", "ed25519", "ecdsa" })
        {
            foreach (var entry in TestVectors.Derivations(scheme))
            {
                var suri = entry.GetProperty("suri").GetString()!;
                if (suri.Length > 0 && suri != "//0x1234")
                {
                    data.Add(scheme, suri);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Inspect_alice_on_kusama_as_json_gives_the_known_key_and_address()
    {
        var run = CliRun.Of("key", "inspect", "//Alice", "--network", "kusama", "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", run.Field("publicKey"));
        Assert.Equal("HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", run.Field("ss58Address"));
        Assert.Equal("kusama", run.Field("networkId"));
        Assert.Equal("//Alice", run.Field("secretKeyUri"));
    }

    [Theory]
    [MemberData(nameof(SchemesAndNetworks))]
    public void Inspect_alice_as_json_matches_the_polkadot_js_vector(string scheme, string network, string addressField)
    {
        var vector = TestVectors.Derivation(scheme, "//Alice");

        var run = CliRun.Of("key", "inspect", "//Alice", "--scheme", scheme, "--network", network, "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(vector.GetProperty("publicKey").GetString(), run.Field("publicKey"));
        Assert.Equal(vector.GetProperty("accountId32").GetString(), run.Field("accountId"));
        Assert.Equal(vector.GetProperty(addressField).GetString(), run.Field("ss58Address"));
    }

    [Theory]
    [InlineData("sr25519")]
    [InlineData("ed25519")]
    [InlineData("ecdsa")]
    public void Inspect_alice_as_text_prints_subkeys_layout(string scheme)
    {
        var vector = TestVectors.Derivation(scheme, "//Alice");

        var run = CliRun.Of("key", "inspect", "//Alice", "--scheme", scheme);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(7, lines.Length);
        Assert.Equal("Secret Key URI `//Alice` is account:", lines[0]);
        Assert.Equal("  Network ID:        substrate", lines[1]);
        Assert.StartsWith("  Secret seed:       0x", lines[2]);
        Assert.Equal($"  Public key (hex):  {vector.GetProperty("publicKey").GetString()}", lines[3]);
        Assert.Equal($"  Account ID:        {vector.GetProperty("accountId32").GetString()}", lines[4]);
        Assert.StartsWith("  Public key (SS58): ", lines[5]);
        Assert.Equal($"  SS58 Address:      {vector.GetProperty("ss58_42").GetString()}", lines[6]);
    }

    [Theory]
    [MemberData(nameof(DerivationVectors))]
    public void Inspect_matches_every_derivation_vector_or_rejects_a_soft_junction_like_it(string scheme, string suri)
    {
        var vector = TestVectors.Derivation(scheme, suri);

        var run = CliRun.Of("key", "inspect", suri, "--scheme", scheme, "--network", "kusama", "--output-type", "json");

        if (vector.TryGetProperty("error", out _))
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("soft", run.Error, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(vector.GetProperty("publicKey").GetString(), run.Field("publicKey"));
            Assert.Equal(vector.GetProperty("ss58_2").GetString(), run.Field("ss58Address"));
        }
    }

    [Fact]
    public void Inspect_reads_a_hex_junction_as_a_string_like_sp_core_not_as_bytes_like_polkadot_js()
    {
        var polkadotJs = TestVectors.Derivation("sr25519", "//0x1234").GetProperty("publicKey").GetString();

        var run = CliRun.Of("key", "inspect", "//0x1234", "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(polkadotJs, run.Field("publicKey"));
    }

    [Fact]
    public void The_dev_phrase_with_alice_gives_the_same_key_as_alice_alone()
    {
        var alone = CliRun.Of("key", "inspect", "//Alice", "--output-type", "json");
        var spelled = CliRun.Of("key", "inspect", $"{DevPhrase}//Alice", "--output-type", "json");

        Assert.Equal(0, spelled.ExitCode);
        Assert.Equal(alone.Field("publicKey"), spelled.Field("publicKey"));
        Assert.Equal(alone.Field("secretSeed"), spelled.Field("secretSeed"));
    }

    [Fact]
    public void Inspect_of_a_bare_phrase_prints_the_secret_phrase_layout_with_the_mini_secret()
    {
        var root = TestVectors.Derivation("sr25519", "");
        var miniSecret = TestVectors.CryptoRoot.GetProperty("derivation").GetProperty("devMiniSecret").GetString();

        var run = CliRun.Of("key", "inspect", DevPhrase, "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(DevPhrase, run.Field("secretPhrase"));
        Assert.Equal(miniSecret, run.Field("secretSeed"));
        Assert.Equal(root.GetProperty("publicKey").GetString(), run.Field("publicKey"));
    }

    [Fact]
    public void Inspect_with_a_password_option_overrides_the_uri_password()
    {
        var vector = TestVectors.Derivation("sr25519", "//Alice///password");

        var fromUri = CliRun.Of("key", "inspect", "//Alice///password", "--output-type", "json");
        var fromOption = CliRun.Of("key", "inspect", "//Alice", "--password", "password", "--output-type", "json");

        Assert.Equal(vector.GetProperty("publicKey").GetString(), fromUri.Field("publicKey"));
        Assert.Equal(vector.GetProperty("publicKey").GetString(), fromOption.Field("publicKey"));
    }

    [Fact]
    public void Inspect_of_a_soft_path_reports_no_secret_seed()
    {
        var run = CliRun.Of("key", "inspect", "//Alice/stash", "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("n/a", run.Field("secretSeed"));
        Assert.Equal(TestVectors.Derivation("sr25519", "//Alice/stash").GetProperty("publicKey").GetString(), run.Field("publicKey"));
    }

    [Fact]
    public void Inspect_of_an_address_prints_its_public_key_under_the_requested_network()
    {
        var run = CliRun.Of("key", "inspect", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "--network", "kusama", "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", run.Field("publicKeyUri"));
        Assert.Equal("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", run.Field("publicKey"));
        Assert.Equal("HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", run.Field("ss58Address"));
    }

    [Fact]
    public void Inspect_of_an_address_keeps_the_address_network_by_default()
    {
        var run = CliRun.Of("key", "inspect", "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Network ID/Version: kusama", run.Output);
        Assert.Contains("SS58 Address:       HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F", run.Output);
    }

    [Fact]
    public void Inspect_public_of_an_ecdsa_key_gives_the_blake2_account_id()
    {
        var vector = TestVectors.Derivation("ecdsa", "//Alice");

        var run = CliRun.Of("key", "inspect", "--public", vector.GetProperty("publicKey").GetString()!, "--scheme", "ecdsa", "--output-type", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(vector.GetProperty("accountId32").GetString(), run.Field("accountId"));
    }
}
