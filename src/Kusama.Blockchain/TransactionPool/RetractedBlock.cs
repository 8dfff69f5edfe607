using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>A block that left the best chain in a re-org: its hash and extrinsics (full encodings, body order).</summary>
public sealed record RetractedBlock(Hash256 Hash, IReadOnlyList<byte[]> Extrinsics);
