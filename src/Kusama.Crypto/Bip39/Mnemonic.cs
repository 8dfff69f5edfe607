using System.Security.Cryptography;
using System.Text;

namespace Kusama.Crypto.Bip39;

/// <summary>BIP39 English mnemonics and Substrate's mini secret derivation from them (substrate-bip39).</summary>
/// <remarks>
/// Substrate does not use the standard BIP39 seed: PBKDF2-HMAC-SHA512 takes the <em>entropy bytes</em> as its password,
/// salt "mnemonic"+password, 2048 rounds, and the first 32 bytes are the mini secret (sr25519) or seed (ed25519, ecdsa).
/// Words are matched exactly (lower case), as sp-core's bip39 crate does; any run of whitespace separates them.
/// No NFKD step: the English words are ASCII, and the substrate-bip39 salt takes the password's UTF-8 bytes as given.
/// </remarks>
public static class Mnemonic
{
    /// <summary>Shortest entropy (12 words).</summary>
    public const int MinEntropyLength = 16;

    /// <summary>Longest entropy (24 words).</summary>
    public const int MaxEntropyLength = 32;

    /// <summary>Length of Substrate's mini secret / seed.</summary>
    public const int MiniSecretLength = 32;

    /// <summary>Length of the standard BIP39 seed.</summary>
    public const int SeedLength = 64;

    private const int Rounds = 2048;
    private const int MaxWords = 24;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A new phrase of 12, 15, 18, 21 or 24 words from the operating system's random generator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another word count.</exception>
    public static string Generate(int words = 12)
    {
        if (words is < 12 or > MaxWords || words % 3 != 0)
            throw new ArgumentOutOfRangeException(nameof(words), words, "a mnemonic has 12, 15, 18, 21 or 24 words");
        // 3 words = 33 bits = 32 bits of entropy + 1 checksum bit.
        Span<byte> entropy = stackalloc byte[words / 3 * 4];
        RandomNumberGenerator.Fill(entropy);
        try
        {
            return FromEntropy(entropy);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(entropy);
        }
    }

    /// <summary>The phrase for 16, 20, 24, 28 or 32 bytes of entropy: the bits, then SHA-256 checksum bits, in 11-bit words.</summary>
    /// <exception cref="ArgumentException">The entropy length is not one of those.</exception>
    public static string FromEntropy(ReadOnlySpan<byte> entropy)
    {
        ValidateEntropyLength(entropy.Length);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(entropy, hash);

        int wordCount = entropy.Length * 8 / 32 * 3;
        var builder = new StringBuilder(wordCount * 9);
        for (int word = 0; word < wordCount; word++)
        {
            int index = 0;
            for (int bit = word * 11; bit < word * 11 + 11; bit++)
                index = (index << 1) | BitAt(entropy, hash, bit);
            if (word > 0) builder.Append(' ');
            builder.Append(EnglishWordlist.Words[index]);
        }
        return builder.ToString();
    }

    /// <summary>The entropy a phrase encodes, after checking every word and the checksum.</summary>
    /// <exception cref="FormatException">Wrong word count, a word not in the English list (named), or a bad checksum.</exception>
    public static byte[] ToEntropy(string phrase)
    {
        Span<byte> entropy = stackalloc byte[MaxEntropyLength];
        int length = DecodeEntropy(phrase, entropy);
        byte[] result = entropy[..length].ToArray();
        CryptographicOperations.ZeroMemory(entropy);
        return result;
    }

    /// <summary>True when <paramref name="phrase"/> is a valid English BIP39 mnemonic.</summary>
    public static bool IsValid(string? phrase)
    {
        if (phrase is null) return false;
        Span<byte> entropy = stackalloc byte[MaxEntropyLength];
        return TryDecodeEntropy(phrase, entropy, out _, out _);
    }

    /// <summary>Substrate's 32-byte mini secret (sr25519) / seed (ed25519, ecdsa) for a phrase and optional password.</summary>
    /// <exception cref="FormatException">The phrase is not a valid mnemonic.</exception>
    public static byte[] ToMiniSecret(string phrase, string? password = null)
    {
        var miniSecret = new byte[MiniSecretLength];
        ToMiniSecret(phrase, password, miniSecret);
        return miniSecret;
    }

    /// <summary>Writes Substrate's 32-byte mini secret for a phrase and optional password into <paramref name="miniSecret"/>.</summary>
    /// <exception cref="FormatException">The phrase is not a valid mnemonic.</exception>
    public static void ToMiniSecret(string phrase, string? password, Span<byte> miniSecret)
    {
        Span<byte> entropy = stackalloc byte[MaxEntropyLength];
        int length = DecodeEntropy(phrase, entropy);
        try
        {
            MiniSecretFromEntropy(entropy[..length], password, miniSecret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(entropy);
        }
    }

    /// <summary>substrate-bip39's <c>mini_secret_from_entropy</c>: PBKDF2-HMAC-SHA512(entropy, "mnemonic"+password, 2048)[..32].</summary>
    /// <exception cref="ArgumentException">Entropy not 16..32 bytes in steps of 4, or a destination shorter than 32 bytes.</exception>
    public static void MiniSecretFromEntropy(ReadOnlySpan<byte> entropy, string? password, Span<byte> miniSecret)
    {
        ValidateEntropyLength(entropy.Length);
        if (miniSecret.Length < MiniSecretLength)
            throw new ArgumentException($"the mini secret takes {MiniSecretLength} bytes", nameof(miniSecret));
        Span<byte> seed = stackalloc byte[SeedLength];
        Pbkdf2(entropy, password, seed);
        seed[..MiniSecretLength].CopyTo(miniSecret);
        CryptographicOperations.ZeroMemory(seed);
    }

    /// <summary>The standard BIP39 64-byte seed (PBKDF2 over the sentence) that wallets outside Substrate use; Substrate does not.</summary>
    /// <exception cref="FormatException">The phrase is not a valid mnemonic.</exception>
    /// <exception cref="ArgumentException">A non-ASCII password: BIP39 wants it NFKD-normalized, which invariant globalization cannot do.</exception>
    public static byte[] ToSeed(string phrase, string? password = null)
    {
        password ??= "";
        if (!Ascii.IsValid(password))
            throw new ArgumentException("the standard BIP39 seed needs an NFKD-normalized password; only ASCII passwords are supported", nameof(password));
        Span<byte> entropy = stackalloc byte[MaxEntropyLength];
        DecodeEntropy(phrase, entropy);
        CryptographicOperations.ZeroMemory(entropy);

        // The normalized sentence: the checked words joined by single spaces.
        var sentence = new StringBuilder(phrase.Length);
        int position = 0;
        while (NextWord(phrase, ref position, out ReadOnlySpan<char> word))
        {
            if (sentence.Length > 0) sentence.Append(' ');
            sentence.Append(word);
        }
        byte[] sentenceBytes = Encoding.ASCII.GetBytes(sentence.ToString());
        var seed = new byte[SeedLength];
        Pbkdf2(sentenceBytes, password, seed);
        CryptographicOperations.ZeroMemory(sentenceBytes);
        return seed;
    }

    /// <summary>The next run of non-whitespace characters at or after <paramref name="position"/>.</summary>
    private static bool NextWord(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> word)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
        int start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position])) position++;
        word = text[start..position];
        return !word.IsEmpty;
    }

    private static void Pbkdf2(ReadOnlySpan<byte> secret, string? password, Span<byte> output64)
    {
        string salt = "mnemonic" + password;
        byte[] saltBytes = StrictUtf8.GetBytes(salt);
        Rfc2898DeriveBytes.Pbkdf2(secret, saltBytes, output64, Rounds, HashAlgorithmName.SHA512);
        CryptographicOperations.ZeroMemory(saltBytes);
    }

    private static int DecodeEntropy(string phrase, Span<byte> entropy)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (!TryDecodeEntropy(phrase, entropy, out int length, out string? error))
            throw new FormatException(error);
        return length;
    }

    private static bool TryDecodeEntropy(string phrase, Span<byte> entropy, out int length, out string? error)
    {
        length = 0;
        Span<ushort> indices = stackalloc ushort[MaxWords];
        int count = 0;
        int position = 0;
        while (NextWord(phrase, ref position, out ReadOnlySpan<char> word))
        {
            if (count == MaxWords)
            {
                error = $"invalid word count: a mnemonic has 12, 15, 18, 21 or 24 words, got more than {MaxWords}";
                return false;
            }
            int index = IndexOf(word);
            if (index < 0)
            {
                error = $"unknown word '{word}' (word {count + 1}) is not in the BIP39 English wordlist";
                return false;
            }
            indices[count++] = (ushort)index;
        }
        if (count < 12 || count % 3 != 0)
        {
            error = $"invalid word count: a mnemonic has 12, 15, 18, 21 or 24 words, got {count}";
            return false;
        }

        // count·11 bits = entropy bits + entropy bits / 32 of checksum.
        int entropyBits = count * 11 * 32 / 33;
        length = entropyBits / 8;
        Span<byte> all = stackalloc byte[MaxEntropyLength + 1];
        all.Clear();
        for (int bit = 0; bit < count * 11; bit++)
        {
            int value = (indices[bit / 11] >> (10 - bit % 11)) & 1;
            all[bit / 8] |= (byte)(value << (7 - bit % 8));
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(all[..length], hash);
        int checksumBits = entropyBits / 32;
        int expected = hash[0] >> (8 - checksumBits);
        int actual = all[length] >> (8 - checksumBits);
        if (expected != actual)
        {
            CryptographicOperations.ZeroMemory(all);
            length = 0;
            error = "invalid checksum: the last word does not match the others (a mistyped or swapped word?)";
            return false;
        }
        all[..length].CopyTo(entropy);
        CryptographicOperations.ZeroMemory(all);
        error = null;
        return true;
    }

    private static int IndexOf(ReadOnlySpan<char> word)
    {
        string[] words = EnglishWordlist.Words;
        int low = 0, high = words.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int order = word.SequenceCompareTo(words[middle]);
            if (order == 0) return middle;
            if (order > 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private static int BitAt(ReadOnlySpan<byte> entropy, ReadOnlySpan<byte> hash, int bit)
    {
        int entropyBits = entropy.Length * 8;
        return bit < entropyBits
            ? (entropy[bit / 8] >> (7 - bit % 8)) & 1
            : (hash[(bit - entropyBits) / 8] >> (7 - (bit - entropyBits) % 8)) & 1;
    }

    private static void ValidateEntropyLength(int length)
    {
        if (length is < MinEntropyLength or > MaxEntropyLength || length % 4 != 0)
            throw new ArgumentException($"invalid entropy length: BIP39 takes 16, 20, 24, 28 or 32 bytes, got {length}", "entropy");
    }
}
