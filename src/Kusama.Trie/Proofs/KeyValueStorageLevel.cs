namespace Kusama.Trie.Proofs;

/// <summary>
/// The entries read from one trie of a range (sp-state-machine <c>KeyValueStorageLevel</c>): the top trie has an empty
/// <see cref="StateRoot"/>, a child trie its root as stored in the top trie.
/// </summary>
public sealed record KeyValueStorageLevel(byte[] StateRoot, List<KeyValuePair<byte[], byte[]>> KeyValues);
