namespace Kusama.Trie.Proofs;

/// <summary>A storage proof is malformed, incomplete, or does not match the root it is checked against.</summary>
public sealed class TrieProofException : TrieException
{
    public TrieProofException(string message) : base(message)
    {
    }

    public TrieProofException(string message, Exception inner) : base(message, inner)
    {
    }
}
