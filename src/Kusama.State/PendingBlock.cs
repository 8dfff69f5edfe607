using Kusama.Core;

namespace Kusama.State;

/// <summary>The journal of a block not yet finalized: what its commit added and dropped, and its flat-snapshot changes.</summary>
internal sealed record PendingBlock(Hash256 Parent, Hash256 StateRoot, List<Hash256> Inserted, List<Hash256> Obsolete, List<KeyValuePair<byte[], byte[]?>> FlatChanges);
