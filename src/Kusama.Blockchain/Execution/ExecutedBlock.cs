using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Execution;

/// <summary>A block executed on its parent's state: the state changes to commit and the trie layout they are committed under.</summary>
public sealed record ExecutedBlock(StateChanges Changes, StateVersion StateVersion);
