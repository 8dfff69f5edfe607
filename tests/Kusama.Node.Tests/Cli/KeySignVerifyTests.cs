namespace Kusama.Node.Tests.Cli;

public class KeySignVerifyTests
{
    private const string Alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

    [Theory]
    [InlineData("sr25519")]
    [InlineData("ed25519")]
    [InlineData("ecdsa")]
    public void A_signature_from_sign_passes_verify_with_the_public_key(string scheme)
    {
        var publicKey = TestVectors.Derivation(scheme, "//Alice").GetProperty("publicKey").GetString()!;

        var signature = CliRun.Of("key", "sign", "--suri", "//Alice", "--scheme", scheme, "--message", "hello kusama").Output.Trim();
        var verify = CliRun.Of("key", "verify", signature, publicKey, "--scheme", scheme, "--message", "hello kusama");

        Assert.Equal(0, verify.ExitCode);
        Assert.Equal("Signature verifies correctly.", verify.Output.Trim());
    }

    [Theory]
    [InlineData("sr25519")]
    [InlineData("ed25519")]
    [InlineData("ecdsa")]
    public void Verify_rejects_a_signature_of_another_message(string scheme)
    {
        var address = TestVectors.Derivation(scheme, "//Alice").GetProperty(scheme == "ecdsa" ? "ss58_42" : "ss58_2").GetString()!;
        var signature = CliRun.Of("key", "sign", "--suri", "//Alice", "--scheme", scheme, "--message", "hello kusama").Output.Trim();

        var verify = CliRun.Of("key", "verify", signature, address, "--scheme", scheme, "--message", "hello polkadot");

        Assert.Equal(1, verify.ExitCode);
        Assert.Equal("Error: Signature invalid.", verify.Error.Trim());
        Assert.Equal(string.Empty, verify.Output);
    }

    [Fact]
    public void An_ecdsa_signature_verifies_against_the_account_address()
    {
        var address = TestVectors.Derivation("ecdsa", "//Alice").GetProperty("ss58_2").GetString()!;
        var signature = CliRun.Of("key", "sign", "--suri", "//Alice", "--scheme", "ecdsa", "--message", "m").Output.Trim();

        var verify = CliRun.Of("key", "verify", signature, address, "--scheme", "ecdsa", "--message", "m");

        Assert.Equal(0, verify.ExitCode);
    }

    // Signatures by Alice from sc-cli's own verify tests (substrate/client/cli/src/commands/verify.rs).
    [Theory]
    [InlineData("0x4eb25a2285a82374888880af0024eb30c3a21ce086eae3862888d345af607f0ad6fb081312f11730932564f24a9f8ebcee2d46861413ae61307eca58db2c3e81", "test message", false)]
    [InlineData("0x026342225155056ea797118c1c8c8b3cc002aa2020c36f4217fa3c302783a572ad3dcd38c231cbaf86cadb93984d329c963ceac0685cc1ee4c1ed50fa443a68f", "0xaabbcc", true)]
    [InlineData("0x026342225155056ea797118c1c8c8b3cc002aa2020c36f4217fa3c302783a572ad3dcd38c231cbaf86cadb93984d329c963ceac0685cc1ee4c1ed50fa443a68f", "aABBcC", true)]
    public void Verify_accepts_substrates_own_alice_signatures(string signature, string message, bool hex)
    {
        var args = new List<string> { "key", "verify", signature, Alice, "--message", message };
        if (hex)
        {
            args.Add("--hex");
        }

        var verify = CliRun.Of([.. args]);

        Assert.Equal(0, verify.ExitCode);
        Assert.Equal("Signature verifies correctly.", verify.Output.Trim());
    }

    [Fact]
    public void Verify_accepts_the_known_good_polkadot_js_signature()
    {
        var knownGood = TestVectors.CryptoRoot.GetProperty("sr25519").GetProperty("knownGood")[0];

        var verify = CliRun.Of(
            "key", "verify", knownGood.GetProperty("signature").GetString()!, knownGood.GetProperty("publicKey").GetString()!,
            "--message", knownGood.GetProperty("message").GetString()!, "--hex");

        Assert.Equal(0, verify.ExitCode);
    }

    [Fact]
    public void Sign_and_verify_read_the_message_from_standard_input_when_no_message_is_given()
    {
        var signature = CliRun.WithInput("from stdin", "key", "sign", "--suri", "//Bob").Output.Trim();
        var bob = TestVectors.Derivation("sr25519", "//Bob").GetProperty("ss58_42").GetString()!;

        Assert.Equal(0, CliRun.WithInput("from stdin", "key", "verify", signature, bob).ExitCode);
        Assert.Equal(1, CliRun.WithInput("from stdout", "key", "verify", signature, bob).ExitCode);
    }

    [Fact]
    public void Ed25519_signatures_from_sign_are_deterministic_rfc8032_ones()
    {
        var vector = TestVectors.CryptoRoot.GetProperty("ed25519")[1];

        var run = CliRun.Of(
            "key", "sign", "--scheme", "ed25519", "--suri", vector.GetProperty("seed").GetString()!,
            "--message", vector.GetProperty("message").GetString()!, "--hex");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(vector.GetProperty("signature").GetString(), run.Output.Trim());
    }
}
