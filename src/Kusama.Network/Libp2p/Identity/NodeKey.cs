using System.Security.Cryptography;
using System.Text;
using Kusama.Crypto.Ed25519;

namespace Kusama.Network.Libp2p.Identity;

/// <summary>
/// A node's ed25519 identity key. Its file is Substrate's <c>--node-key-file</c>/<c>secret_ed25519</c>: 64 hex characters
/// of the secret, otherwise 32 raw bytes; a generated key is written raw, readable by the owner only.
/// </summary>
public sealed class NodeKey : IDisposable
{
    private readonly Ed25519KeyPair _keyPair;

    private NodeKey(Ed25519KeyPair keyPair)
    {
        _keyPair = keyPair;
        PublicKey = PublicKey.FromEd25519(keyPair.PublicKey);
        PeerId = PeerId.FromPublicKey(PublicKey);
    }

    /// <summary>The libp2p public key.</summary>
    public PublicKey PublicKey { get; }

    /// <summary>The node's peer id.</summary>
    public PeerId PeerId { get; }

    /// <summary>The 32-byte secret (the ed25519 seed).</summary>
    public ReadOnlySpan<byte> Secret => _keyPair.Seed;

    /// <summary>The key for a 32-byte ed25519 secret.</summary>
    public static NodeKey FromSecret(ReadOnlySpan<byte> secret)
    {
        if (secret.Length != Ed25519Signature.SeedSize)
            throw new ArgumentException($"an ed25519 node key secret is 32 bytes, got {secret.Length}", nameof(secret));
        return new NodeKey(Ed25519KeyPair.FromSeed(secret));
    }

    /// <summary>A fresh random key.</summary>
    public static NodeKey Generate()
    {
        Span<byte> secret = stackalloc byte[Ed25519Signature.SeedSize];
        RandomNumberGenerator.Fill(secret);
        try
        {
            return FromSecret(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>Decodes node key file contents: exactly 64 hex characters, else exactly 32 raw bytes (as Substrate).</summary>
    public static NodeKey Decode(ReadOnlySpan<byte> contents)
    {
        if (contents.Length == 2 * Ed25519Signature.SeedSize)
        {
            Span<byte> secret = stackalloc byte[Ed25519Signature.SeedSize];
            if (Convert.FromHexString(Encoding.ASCII.GetString(contents), secret, out _, out int written) == System.Buffers.OperationStatus.Done
                && written == secret.Length)
            {
                try
                {
                    return FromSecret(secret);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(secret);
                }
            }
        }
        if (contents.Length != Ed25519Signature.SeedSize)
            throw new FormatException($"a node key is 64 hex characters or 32 raw bytes, got {contents.Length} bytes");
        return FromSecret(contents);
    }

    /// <summary>Parses the hex secret of <c>--node-key</c>: 64 hex characters, optionally after <c>0x</c>.</summary>
    public static NodeKey FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        ReadOnlySpan<char> digits = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex.AsSpan(2) : hex;
        Span<byte> secret = stackalloc byte[Ed25519Signature.SeedSize];
        if (digits.Length != 2 * Ed25519Signature.SeedSize
            || Convert.FromHexString(digits, secret, out _, out _) != System.Buffers.OperationStatus.Done)
            throw new FormatException("a node key is 64 hex characters (32 bytes), optionally prefixed with 0x");
        try
        {
            return FromSecret(secret);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>Reads a node key file.</summary>
    public static NodeKey ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length > 2 * Ed25519Signature.SeedSize)
            throw new FormatException($"node key file '{path}' is {info.Length} bytes; expected 64 hex characters or 32 raw bytes");
        return Decode(File.ReadAllBytes(path));
    }

    /// <summary>Reads the key file at <paramref name="path"/>, or generates a key and writes it there when the file is missing.</summary>
    public static NodeKey LoadOrGenerate(string path)
    {
        if (File.Exists(path)) return ReadFile(path);
        NodeKey key = Generate();
        key.WriteFile(path);
        return key;
    }

    /// <summary>Writes the secret as 32 raw bytes, creating directories; owner read/write only on Unix.</summary>
    public void WriteFile(string path)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var file = new FileStream(path, options);
        file.Write(Secret);
    }

    /// <summary>Signs <paramref name="message"/> with the node key (64-byte ed25519 signature).</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => _keyPair.Sign(message);

    /// <inheritdoc />
    public void Dispose() => _keyPair.Dispose();
}
