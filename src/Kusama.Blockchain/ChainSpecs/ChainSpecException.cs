namespace Kusama.Blockchain.ChainSpecs;

/// <summary>A chain spec that cannot be read or used; the message names the field and what is wrong with it.</summary>
public sealed class ChainSpecException(string message, Exception? inner = null) : Exception(message, inner);
