using System.Runtime.CompilerServices;

namespace Kusama.Trie.Codec;

/// <summary>Offset and length of each of a branch's 16 child references (entries 2i and 2i+1).</summary>
[InlineArray(32)]
internal struct ChildSlots
{
    private int _element;
}
