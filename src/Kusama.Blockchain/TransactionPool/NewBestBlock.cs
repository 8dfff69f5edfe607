using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>
/// The best block changed: the tree route from the old best — <see cref="Retracted"/> blocks (old best first) and
/// <see cref="Enacted"/> blocks (ascending, ending with the new best, whose hash and number are repeated here).
/// </summary>
public sealed record NewBestBlock(Hash256 Hash, ulong Number, IReadOnlyList<RetractedBlock> Retracted, IReadOnlyList<EnactedBlock> Enacted);
