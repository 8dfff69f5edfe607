using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kusama.Node.Cli;

/// <summary>What <c>key inspect</c> and <c>key generate</c> print, in subkey's text and JSON layouts.</summary>
/// <param name="Kind">Which layout.</param>
/// <param name="Uri">The phrase or URI as given (absent for <see cref="KeyReportKind.PublicKey"/>).</param>
/// <param name="NetworkId">Network name, or the prefix number when unnamed.</param>
/// <param name="SecretSeed">0x seed, "n/a" when a soft junction hides it, null for public-only layouts.</param>
/// <param name="PublicKey">0x public key.</param>
/// <param name="AccountId">0x account id.</param>
/// <param name="Ss58PublicKey">SS58 of the public key.</param>
/// <param name="Ss58Address">SS58 of the account id.</param>
public sealed record KeyReport(
    KeyReportKind Kind,
    string? Uri,
    string NetworkId,
    string? SecretSeed,
    string PublicKey,
    string AccountId,
    string Ss58PublicKey,
    string Ss58Address)
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(TextWriter output, OutputType type)
    {
        if (type == OutputType.Json)
        {
            output.WriteLine(ToJson());
        }
        else
        {
            WriteText(output);
        }
    }

    /// <summary>subkey's JSON: serde_json's default map sorts keys, so fields appear in alphabetical order.</summary>
    public string ToJson()
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["accountId"] = AccountId,
            ["networkId"] = NetworkId,
            ["publicKey"] = PublicKey,
            ["ss58Address"] = Ss58Address,
            ["ss58PublicKey"] = Ss58PublicKey,
        };

        switch (Kind)
        {
            case KeyReportKind.SecretPhrase:
                fields["secretPhrase"] = Uri!;
                fields["secretSeed"] = SecretSeed!;
                break;
            case KeyReportKind.SecretKeyUri:
                fields["secretKeyUri"] = Uri!;
                fields["secretSeed"] = SecretSeed!;
                break;
            case KeyReportKind.PublicKeyUri:
                fields["publicKeyUri"] = Uri!;
                break;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private void WriteText(TextWriter output)
    {
        switch (Kind)
        {
            case KeyReportKind.SecretPhrase:
            case KeyReportKind.SecretKeyUri:
                output.WriteLine(Kind == KeyReportKind.SecretPhrase ? $"Secret phrase:       {Uri}" : $"Secret Key URI `{Uri}` is account:");
                output.WriteLine($"  Network ID:        {NetworkId}");
                output.WriteLine($"  Secret seed:       {SecretSeed}");
                output.WriteLine($"  Public key (hex):  {PublicKey}");
                output.WriteLine($"  Account ID:        {AccountId}");
                output.WriteLine($"  Public key (SS58): {Ss58PublicKey}");
                output.WriteLine($"  SS58 Address:      {Ss58Address}");
                break;
            default:
                var indent = Kind == KeyReportKind.PublicKeyUri ? "  " : string.Empty;
                if (Kind == KeyReportKind.PublicKeyUri)
                {
                    output.WriteLine($"Public Key URI `{Uri}` is account:");
                }

                output.WriteLine($"{indent}Network ID/Version: {NetworkId}");
                output.WriteLine($"  Public key (hex):   {PublicKey}");
                output.WriteLine($"  Account ID:         {AccountId}");
                output.WriteLine($"  Public key (SS58):  {Ss58PublicKey}");
                output.WriteLine($"  SS58 Address:       {Ss58Address}");
                break;
        }
    }
}
