using System.Text.Json.Nodes;
using Kusama.Core;

namespace Kusama.Blockchain.ChainSpecs;

/// <summary>The chain spec's <c>genesis</c>: raw storage, only a state root (light clients), or a runtime genesis config.</summary>
public abstract record ChainSpecGenesis
{
    /// <summary><c>genesis.raw</c>: the full genesis storage.</summary>
    public sealed record Raw(RawGenesis Storage) : ChainSpecGenesis;

    /// <summary><c>genesis.stateRootHash</c>: only the root; such a spec can't start a full node.</summary>
    public sealed record StateRootHash(Hash256 Root) : ChainSpecGenesis;

    /// <summary><c>genesis.runtimeGenesis</c> (or the older <c>runtime</c>): a config the runtime turns into storage.</summary>
    public sealed record RuntimeGenesis(JsonObject Config) : ChainSpecGenesis;
}
