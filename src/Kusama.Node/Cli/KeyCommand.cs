using System.CommandLine;
using Hex = Kusama.Core.Hex;
using Kusama.Crypto.Keys;
using Kusama.Crypto.Ss58;

namespace Kusama.Node.Cli;

/// <summary>The <c>kusama key</c> subcommands, compatible with subkey: <c>generate</c>, <c>inspect</c>, <c>sign</c>, <c>verify</c>.</summary>
public sealed partial class KeyCommand(KusamaCli cli)
{
    private static readonly int[] WordCounts = [12, 15, 18, 21, 24];

    public Command Build()
    {
        var key = new Command("key", "Key management: generate, inspect, sign and verify (subkey-compatible).");
        key.Add(BuildGenerate());
        key.Add(BuildInspect());
        key.Add(BuildSign());
        key.Add(BuildVerify());
        key.Add(BuildGenerateNodeKey());
        key.Add(BuildInspectNodeKey());
        return key;
    }

    private static Option<string> SchemeOption() => new("--scheme")
    {
        Description = "Cryptography scheme: sr25519, ed25519 or ecdsa.",
        DefaultValueFactory = _ => "sr25519",
    };

    private static Option<string?> NetworkOption() => new("--network", "-n")
    {
        Description = "Network name (kusama, polkadot, substrate, ...) or SS58 prefix for addresses; default substrate (42).",
    };

    private static Option<string> OutputTypeOption() => new("--output-type")
    {
        Description = "Output format: text or json.",
        DefaultValueFactory = _ => "text",
    };

    private static Option<string?> PasswordOption() => new("--password")
    {
        Description = "Password for the secret URI; overrides a ///password in it.",
    };

    private static Option<string?> MessageOption() => new("--message")
    {
        Description = "The message; read from standard input when absent.",
    };

    private static Option<bool> HexOption() => new("--hex")
    {
        Description = "The message is hex-encoded.",
    };

    private static KeyScheme ParseScheme(string? name) =>
        KeySchemes.TryParse(name, out var scheme)
            ? scheme
            : throw new CliException($"unknown scheme '{name}': expected sr25519, ed25519 or ecdsa");

    private static OutputType ParseOutputType(string? name) => name?.ToLowerInvariant() switch
    {
        "text" => OutputType.Text,
        "json" => OutputType.Json,
        _ => throw new CliException($"unknown output type '{name}': expected text or json"),
    };

    /// <summary>The explicit <c>--network</c> prefix, or null when none was given.</summary>
    private static ushort? ParseNetwork(string? network)
    {
        if (network is null)
        {
            return null;
        }

        try
        {
            return Ss58Registry.ResolvePrefix(network);
        }
        catch (ArgumentException exception)
        {
            throw new CliException(exception.Message);
        }
    }

    /// <summary>subkey prints a network by its registry name, or its number when the name is unknown.</summary>
    private static string NetworkId(ushort prefix) => Ss58Registry.GetNetworkName(prefix) ?? prefix.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private byte[] ReadMessage(string? message, bool hex)
    {
        message ??= cli.Input.ReadToEnd();
        if (!hex)
        {
            return System.Text.Encoding.UTF8.GetBytes(message);
        }

        try
        {
            return Hex.Decode(message.Trim());
        }
        catch (FormatException)
        {
            throw new CliException("the message is not valid hex");
        }
    }

    /// <summary>subkey reads the URI from a file when the argument names one.</summary>
    private static string ReadUri(string uri) => File.Exists(uri) ? File.ReadAllText(uri).TrimEnd() : uri;
}
