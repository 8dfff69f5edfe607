using System.CommandLine;
using Hex = Kusama.Core.Hex;
using Kusama.Crypto.Keys;
using Kusama.Crypto.Bip39;
using Kusama.Crypto.Ss58;

namespace Kusama.Node.Cli;

public sealed partial class KeyCommand
{
    private Command BuildInspect()
    {
        var uri = new Argument<string>("URI")
        {
            Description = "A secret phrase, secret URI (//Alice, phrase//hard/soft///password, 0x seed), SS58 address, or with --public a hex public key.",
        };
        var isPublic = new Option<bool>("--public") { Description = "The URI is a hex-encoded public key." };
        var scheme = SchemeOption();
        var network = NetworkOption();
        var outputType = OutputTypeOption();
        var password = PasswordOption();

        var command = new Command("inspect", "Gets a public key and an SS58 address from a secret phrase, secret URI, SS58 address or public key.")
        {
            uri, isPublic, scheme, network, outputType, password,
        };
        command.SetAction(parse =>
        {
            var report = Inspect(
                ReadUri(parse.GetRequiredValue(uri)),
                parse.GetValue(isPublic),
                ParseScheme(parse.GetValue(scheme)),
                ParseNetwork(parse.GetValue(network)),
                parse.GetValue(password));
            report.Write(cli.Output, ParseOutputType(parse.GetValue(outputType)));
            return 0;
        });
        return command;
    }

    /// <summary>subkey's order of attempts: a bare phrase, then a secret URI, then an SS58 address (or, with --public, hex).</summary>
    public static KeyReport Inspect(string uri, bool isPublic, KeyScheme scheme, ushort? network, string? password)
    {
        if (isPublic)
        {
            return PublicReport(KeyReportKind.PublicKey, null, DecodePublicHex(uri, scheme), network ?? Ss58Registry.Substrate);
        }

        if (Mnemonic.IsValid(uri))
        {
            return SecretReport(KeyReportKind.SecretPhrase, uri, KeyPair.FromSuri(scheme, uri, password), network);
        }

        Exception secretUriError;
        try
        {
            return SecretReport(KeyReportKind.SecretKeyUri, uri, KeyPair.FromSuri(scheme, uri, password), network);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or NotSupportedException)
        {
            secretUriError = exception;
        }

        if (Ss58Address.TryDecode(uri, out var addressPrefix, out var payload) && payload.Length == scheme.PublicKeyLength())
        {
            return PublicReport(KeyReportKind.PublicKeyUri, uri, payload, network ?? addressPrefix);
        }

        // Not in subkey, which wants --public: a hex key that cannot be a 32-byte seed (a 33-byte ecdsa key) is public.
        if (uri.StartsWith("0x", StringComparison.Ordinal)
            && Hex.TryDecode(uri, stackalloc byte[64], out var written)
            && written == scheme.PublicKeyLength()
            && written != 32)
        {
            return PublicReport(KeyReportKind.PublicKey, null, Hex.Decode(uri), network ?? Ss58Registry.Substrate);
        }

        throw new CliException($"Invalid phrase/URI given: {secretUriError.Message}");
    }

    internal static KeyReport SecretReport(KeyReportKind kind, string uri, KeyPair pair, ushort? network)
    {
        var prefix = network ?? Ss58Registry.Substrate;
        var accountId = pair.AccountId;
        return new KeyReport(
            kind,
            uri,
            NetworkId(prefix),
            pair.HasSeed ? Hex.Encode(pair.Seed) : "n/a",
            Hex.Encode(pair.PublicKey),
            accountId.ToString(),
            Ss58Address.Encode(pair.PublicKey, prefix),
            Ss58Address.Encode(accountId, prefix));
    }

    private static KeyReport PublicReport(KeyReportKind kind, string? uri, byte[] publicKey, ushort prefix) =>
        // subkey prints the public key's SS58 as the address here too, even for ecdsa.
        new(
            kind,
            uri,
            NetworkId(prefix),
            null,
            Hex.Encode(publicKey),
            KeyPair.ToAccountId(KeySchemeOf(publicKey), publicKey).ToString(),
            Ss58Address.Encode(publicKey, prefix),
            Ss58Address.Encode(publicKey, prefix));

    private static KeyScheme KeySchemeOf(byte[] publicKey) => publicKey.Length == 33 ? KeyScheme.Ecdsa : KeyScheme.Sr25519;

    private static byte[] DecodePublicHex(string hex, KeyScheme scheme)
    {
        byte[] bytes;
        try
        {
            bytes = Hex.Decode(hex);
        }
        catch (FormatException)
        {
            throw new CliException("the public key is not valid hex");
        }

        if (bytes.Length != scheme.PublicKeyLength())
        {
            throw new CliException($"an {scheme.Name()} public key takes {scheme.PublicKeyLength()} bytes, got {bytes.Length}");
        }

        return bytes;
    }
}
