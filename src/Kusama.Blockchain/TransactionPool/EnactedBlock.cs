using Kusama.Core;

namespace Kusama.Blockchain.TransactionPool;

/// <summary>A block that became part of the best chain: its hash, number and extrinsics (full encodings, body order).</summary>
public sealed record EnactedBlock(Hash256 Hash, ulong Number, IReadOnlyList<byte[]> Extrinsics);
