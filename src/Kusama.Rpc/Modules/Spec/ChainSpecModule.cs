using System.Text;
using Kusama.Blockchain.ChainSpecs;
using Kusama.Core;

namespace Kusama.Rpc.Modules.Spec;

/// <summary><c>chainSpec_v1_*</c>: the chain's name, genesis hash and properties, as the chain spec gives them.</summary>
public sealed class ChainSpecModule
{
    private readonly string _chainName;
    private readonly string _genesisHash;
    // Serialized once: a JsonNode is not safe to read from several connections at once.
    private readonly byte[] _properties;

    public ChainSpecModule(ChainSpec spec, Hash256 genesisHash)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _chainName = spec.Name;
        _genesisHash = genesisHash.ToString();
        _properties = Encoding.UTF8.GetBytes(spec.Properties?.ToJsonString() ?? "{}");
    }

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("chainSpec_v1_chainName", (_, _) => _chainName);
        module.AddMethod("chainSpec_v1_genesisHash", (_, _) => _genesisHash);
        module.AddMethod("chainSpec_v1_properties", (_, _) => RpcResult.RawJson(_properties));
        return module;
    }
}
