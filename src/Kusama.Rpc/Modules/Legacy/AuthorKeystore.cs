using System.Collections.Concurrent;
using Kusama.Core;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// The keys <c>author_insertKey</c> stores, by key type (four ASCII bytes such as <c>babe</c>) and public key. Kept in
/// memory for the node's lifetime: a persistent keystore arrives with session keys.
/// </summary>
public sealed class AuthorKeystore
{
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>Stores the secret URI of <paramref name="publicKey"/> under <paramref name="keyType"/>.</summary>
    public void Insert(ReadOnlySpan<byte> keyType, string suri, ReadOnlySpan<byte> publicKey) =>
        _keys[Id(keyType, publicKey)] = suri;

    public bool Has(ReadOnlySpan<byte> keyType, ReadOnlySpan<byte> publicKey) => _keys.ContainsKey(Id(keyType, publicKey));

    private static string Id(ReadOnlySpan<byte> keyType, ReadOnlySpan<byte> publicKey) =>
        Convert.ToHexStringLower(keyType) + Hex.Encode(publicKey);
}
