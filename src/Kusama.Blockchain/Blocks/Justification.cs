namespace Kusama.Blockchain.Blocks;

/// <summary>One finality proof of a block: the consensus engine it belongs to (e.g. <c>FRNK</c> for GRANDPA) and its encoded proof.</summary>
public sealed record Justification(byte[] EngineId, byte[] Data);
