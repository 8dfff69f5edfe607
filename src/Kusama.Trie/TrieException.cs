namespace Kusama.Trie;

/// <summary>A trie node failed to decode, or a node the trie needs is missing from its store.</summary>
public class TrieException : Exception
{
    public TrieException(string message) : base(message)
    {
    }

    public TrieException(string message, Exception inner) : base(message, inner)
    {
    }
}
