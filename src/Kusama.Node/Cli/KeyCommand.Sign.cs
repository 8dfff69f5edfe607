using System.CommandLine;
using AccountId32 = Kusama.Core.AccountId32;
using Hex = Kusama.Core.Hex;
using Kusama.Crypto.Keys;
using Kusama.Crypto.Ss58;

namespace Kusama.Node.Cli;

public sealed partial class KeyCommand
{
    private Command BuildSign()
    {
        var suri = new Option<string>("--suri")
        {
            Description = "The secret URI of the signing key (a file holding it also works).",
            Required = true,
        };
        var message = MessageOption();
        var hex = HexOption();
        var scheme = SchemeOption();
        var password = PasswordOption();

        var command = new Command("sign", "Signs a message with a secret URI; prints the signature as hex.")
        {
            suri, message, hex, scheme, password,
        };
        command.SetAction(parse =>
        {
            var keyScheme = ParseScheme(parse.GetValue(scheme));
            var bytes = ReadMessage(parse.GetValue(message), parse.GetValue(hex));
            KeyPair pair;
            try
            {
                pair = KeyPair.FromSuri(keyScheme, ReadUri(parse.GetRequiredValue(suri)), parse.GetValue(password));
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException or NotSupportedException)
            {
                throw new CliException($"Invalid phrase/URI given: {exception.Message}");
            }

            cli.Output.WriteLine(Hex.Encode(pair.Sign(bytes)));
            return 0;
        });
        return command;
    }

    private Command BuildVerify()
    {
        var signature = new Argument<string>("SIGNATURE") { Description = "The signature, hex-encoded." };
        var uri = new Argument<string>("URI") { Description = "The signer's public key as hex or SS58." };
        var message = MessageOption();
        var hex = HexOption();
        var scheme = SchemeOption();

        var command = new Command("verify", "Verifies a signature of a message against a public key or address.")
        {
            signature, uri, message, hex, scheme,
        };
        command.SetAction(parse =>
        {
            var keyScheme = ParseScheme(parse.GetValue(scheme));
            var signatureBytes = DecodeSignature(parse.GetRequiredValue(signature), keyScheme);
            var bytes = ReadMessage(parse.GetValue(message), parse.GetValue(hex));
            if (!Verify(keyScheme, signatureBytes, bytes, ReadUri(parse.GetRequiredValue(uri))))
            {
                throw new CliException("Signature invalid.");
            }

            cli.Output.WriteLine("Signature verifies correctly.");
            return 0;
        });
        return command;
    }

    private static byte[] DecodeSignature(string hex, KeyScheme scheme)
    {
        byte[] bytes;
        try
        {
            bytes = Hex.Decode(hex);
        }
        catch (FormatException)
        {
            throw new CliException("the signature is not valid hex");
        }

        if (bytes.Length != scheme.SignatureLength())
        {
            throw new CliException($"an {scheme.Name()} signature takes {scheme.SignatureLength()} bytes, got {bytes.Length}");
        }

        return bytes;
    }

    /// <summary>The signer may be a hex public key or an SS58 address; for ecdsa an address of the account id also works.</summary>
    private static bool Verify(KeyScheme scheme, byte[] signature, byte[] message, string signer)
    {
        byte[] key;
        if (signer.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                key = Hex.Decode(signer);
            }
            catch (FormatException)
            {
                throw new CliException("the public key is not valid hex");
            }
        }
        else if (Ss58Address.TryDecode(signer, out _, out var payload))
        {
            key = payload;
        }
        else
        {
            try
            {
                key = Hex.Decode(signer);
            }
            catch (FormatException)
            {
                throw new CliException($"'{signer}' is neither an SS58 address nor a hex public key");
            }
        }

        if (key.Length == scheme.PublicKeyLength())
        {
            return KeyPair.Verify(scheme, signature, message, key);
        }

        if (scheme == KeyScheme.Ecdsa && key.Length == 32)
        {
            return VerifyEcdsaAccount(signature, message, new AccountId32(key));
        }

        throw new CliException($"an {scheme.Name()} public key takes {scheme.PublicKeyLength()} bytes, got {key.Length}");
    }

    private static bool VerifyEcdsaAccount(byte[] signature, byte[] message, AccountId32 account)
    {
        Span<byte> hash = stackalloc byte[32];
        Span<byte> publicKey = stackalloc byte[33];
        Kusama.Crypto.Hashing.Blake2b.Hash256(message, hash);
        return Kusama.Crypto.Ecdsa.EcdsaSignature.RecoverCompressed(signature, hash, publicKey)
            && KeyPair.ToAccountId(KeyScheme.Ecdsa, publicKey) == account;
    }
}
