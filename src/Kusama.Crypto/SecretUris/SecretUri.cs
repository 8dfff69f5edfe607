using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Kusama.Crypto.Bip39;

namespace Kusama.Crypto.SecretUris;

/// <summary>A parsed secret URI (sp-core <c>SecretUri</c>): <c>phrase-or-0xseed//hard/soft///password</c>.</summary>
/// <remarks>
/// Grammar as sp-core's <c>AddressUri::parse</c>: the phrase is the longest leading run of ASCII letters, digits and
/// spaces (absent: the dev phrase, so <c>//Alice</c> works); then any number of <c>//hard</c> and <c>/soft</c> junctions
/// (no '/' inside); then optionally <c>///password</c>, which runs to the end and may hold anything but a newline.
/// A bare SS58 address or hex public key parses as a "phrase" here too: telling those apart is the caller's job (inspect).
/// </remarks>
public sealed class SecretUri
{
    /// <summary>The well-known development phrase behind <c>//Alice</c>, <c>//Bob</c> and the other dev accounts.</summary>
    public const string DevPhrase = "bottom drive obey lake curtain smoke basket hold race lonely fit walk";

    private SecretUri(string phrase, bool hasPhrase, DeriveJunction[] junctions, string? password)
    {
        Phrase = phrase;
        HasPhrase = hasPhrase;
        Junctions = junctions;
        Password = password;
    }

    /// <summary>The mnemonic or <c>0x</c> seed as written, or <see cref="DevPhrase"/> when the URI starts with a path.</summary>
    public string Phrase { get; }

    /// <summary>False when the URI gave no phrase and <see cref="DevPhrase"/> stands in.</summary>
    public bool HasPhrase { get; }

    /// <summary>The derivation path, in order.</summary>
    public IReadOnlyList<DeriveJunction> Junctions { get; }

    /// <summary>The text after <c>///</c> (possibly empty), or null when there is none.</summary>
    public string? Password { get; }

    /// <summary>True when <see cref="Phrase"/> is a <c>0x</c> hex seed rather than a mnemonic.</summary>
    public bool IsHexSeed => Phrase.StartsWith("0x", StringComparison.Ordinal);

    /// <summary>Parses a secret URI.</summary>
    /// <exception cref="FormatException">A character the grammar does not allow, or an empty junction; the message says where.</exception>
    public static SecretUri Parse(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return TryParse(uri, out SecretUri? result, out string? error) ? result : throw new FormatException(error);
    }

    /// <summary>Parses a secret URI without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? uri, [NotNullWhen(true)] out SecretUri? result)
    {
        result = null;
        return uri is not null && TryParse(uri, out result, out _);
    }

    /// <summary>The 32-byte seed: the <c>0x</c> seed itself, or the mnemonic's mini secret under <see cref="Password"/>.</summary>
    /// <remarks>It is the sr25519 mini secret and the ed25519/ecdsa seed alike. As in sp-core, a password is ignored for a hex seed.</remarks>
    /// <exception cref="FormatException">A hex seed that is not exactly 32 bytes, or an invalid mnemonic.</exception>
    public void GetSeed(Span<byte> seed)
    {
        if (seed.Length < Mnemonic.MiniSecretLength)
            throw new ArgumentException($"the seed takes {Mnemonic.MiniSecretLength} bytes", nameof(seed));
        if (IsHexSeed)
        {
            ReadOnlySpan<char> digits = Phrase.AsSpan(2);
            if (digits.Length != 2 * Mnemonic.MiniSecretLength
                || Convert.FromHexString(digits, seed[..Mnemonic.MiniSecretLength], out _, out _) != System.Buffers.OperationStatus.Done)
            {
                CryptographicOperations.ZeroMemory(seed);
                throw new FormatException($"invalid seed: a 0x seed is exactly {Mnemonic.MiniSecretLength} bytes ({2 * Mnemonic.MiniSecretLength} hex digits)");
            }
            return;
        }
        try
        {
            Mnemonic.ToMiniSecret(Phrase, Password, seed);
        }
        catch (FormatException e)
        {
            throw new FormatException($"invalid phrase: {e.Message}", e);
        }
    }

    /// <summary>The 32-byte seed in a new array; see <see cref="GetSeed(Span{byte})"/>.</summary>
    public byte[] GetSeed()
    {
        var seed = new byte[Mnemonic.MiniSecretLength];
        GetSeed(seed);
        return seed;
    }

    private static bool TryParse(string uri, [NotNullWhen(true)] out SecretUri? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        int position = 0;
        while (position < uri.Length && IsPhraseChar(uri[position])) position++;
        string? phrase = position > 0 ? uri[..position] : null;

        var junctions = new List<DeriveJunction>();
        string? password = null;
        while (position < uri.Length)
        {
            ReadOnlySpan<char> rest = uri.AsSpan(position);
            if (rest.StartsWith("///"))
            {
                int end = uri.IndexOf('\n', position + 3);
                if (end < 0) end = uri.Length;
                password = uri[(position + 3)..end];
                position = end;
            }
            else if (rest.StartsWith("/"))
            {
                bool isHard = rest.StartsWith("//");
                int start = position + (isHard ? 2 : 1);
                int end = uri.IndexOf('/', start);
                if (end < 0) end = uri.Length;
                if (end == start)
                {
                    error = $"invalid secret URI: empty {(isHard ? "hard" : "soft")} junction at position {position}";
                    return false;
                }
                try
                {
                    junctions.Add(DeriveJunction.FromPathSegment(uri.AsSpan(start, end - start), isHard));
                }
                catch (ArgumentException e)
                {
                    error = $"invalid secret URI: {e.Message}";
                    return false;
                }
                position = end;
            }
            else
            {
                // Only a newline can follow a password; anything else stopped the phrase.
                string where = password is null ? "phrase" : "password";
                error = $"invalid secret URI: invalid character in {where} at position {position} ({Describe(uri[position])})";
                return false;
            }
        }

        result = new SecretUri(phrase ?? DevPhrase, phrase is not null, [.. junctions], password);
        error = null;
        return true;
    }

    private static bool IsPhraseChar(char c) => char.IsAsciiLetterOrDigit(c) || c == ' ';

    private static string Describe(char c) => c switch
    {
        '\n' => "a newline",
        '\t' => "a tab",
        _ when char.IsControl(c) => $"U+{(int)c:X4}",
        _ => $"'{c}'",
    };
}
