using System.Diagnostics.CodeAnalysis;

namespace Kusama.Crypto.Keys;

/// <summary>Names and sizes of each <see cref="KeyScheme"/>.</summary>
public static class KeySchemes
{
    /// <summary>The scheme's lower-case name, as subkey prints it: <c>sr25519</c>, <c>ed25519</c>, <c>ecdsa</c>.</summary>
    public static string Name(this KeyScheme scheme) => scheme switch
    {
        KeyScheme.Sr25519 => "sr25519",
        KeyScheme.Ed25519 => "ed25519",
        KeyScheme.Ecdsa => "ecdsa",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "unknown key scheme"),
    };

    /// <summary>Parses a scheme name, ignoring case.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out KeyScheme scheme)
    {
        scheme = default;
        if (name is null)
        {
            return false;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(name, candidate.Name(), StringComparison.OrdinalIgnoreCase))
            {
                scheme = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a scheme name, ignoring case.</summary>
    /// <exception cref="FormatException">The name is not sr25519, ed25519 or ecdsa.</exception>
    public static KeyScheme Parse(string name) =>
        TryParse(name, out var scheme)
            ? scheme
            : throw new FormatException($"unknown key scheme '{name}': expected sr25519, ed25519 or ecdsa");

    /// <summary>Every scheme, in <see cref="KeyScheme"/> order.</summary>
    public static ReadOnlySpan<KeyScheme> All => [KeyScheme.Sr25519, KeyScheme.Ed25519, KeyScheme.Ecdsa];

    /// <summary>Public key length: 32 bytes, or 33 for a compressed secp256k1 key.</summary>
    public static int PublicKeyLength(this KeyScheme scheme) => scheme == KeyScheme.Ecdsa ? 33 : 32;

    /// <summary>Signature length: 64 bytes, or 65 for ecdsa (r ‖ s ‖ recovery id).</summary>
    public static int SignatureLength(this KeyScheme scheme) => scheme == KeyScheme.Ecdsa ? 65 : 64;
}
