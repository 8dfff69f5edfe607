namespace Kusama.Rpc.Modules.Spec;

/// <summary>What one <c>chainHead_v1_storage</c> item asks for.</summary>
public enum StorageQueryType
{
    Value,
    Hash,
    ClosestDescendantMerkleValue,
    DescendantsValues,
    DescendantsHashes,
}
