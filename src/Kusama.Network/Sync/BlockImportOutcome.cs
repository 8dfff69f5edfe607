using Kusama.Blockchain.Import;

namespace Kusama.Network.Sync;

/// <summary>What importing one downloaded block gave: a result, or the error that refused it.</summary>
public sealed record BlockImportOutcome(IncomingBlock Block, ImportResult? Result, Exception? Error);
