using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;

using Kusama.Tests.Metadata;

namespace Kusama.Frame.Tests.Metadata.Building;

public class TypeComparerTests
{
    [Fact]
    public void A_missing_variant_is_reported_against_a_newer_Kusama()
    {
        var types = new TypeRegistry();
        uint ours = types.DispatchError();
        // Spec 1_009_002 (our V15 sample) added DispatchError::Trie, which 1_003_000 does not have.
        var v15 = RuntimeMetadataPrefixed.Decode(KusamaMetadata.V15).Metadata.Types;
        uint theirs = KusamaReference.Candidates(v15, "sp_runtime::DispatchError").Single();

        var differences = TypeComparer.Differences(types.ToPortableRegistry(), ours, v15, theirs);

        Assert.Equal(["sp_runtime::DispatchError: 14 variants != 15"], differences);
    }

    [Fact]
    public void A_changed_field_type_name_and_a_changed_inner_type_are_both_reported()
    {
        var types = new TypeRegistry();
        uint u64 = types.U64();
        uint ours = types.Composite(["sp_weights", "weight_v2", "Weight"], [], [TypeRegistry.Named("ref_time", types.Compact(u64), "u64"), TypeRegistry.Named("proof_size", u64, "Size")]);
        var v14 = RuntimeMetadataPrefixed.Decode(KusamaMetadata.V14).Metadata.Types;
        uint theirs = KusamaReference.Candidates(v14, "sp_weights::weight_v2::Weight").Single();

        var differences = TypeComparer.Differences(types.ToPortableRegistry(), ours, v14, theirs);

        Assert.Equal(
            ["sp_weights::weight_v2::Weight.proof_size: type name Size != u64", "sp_weights::weight_v2::Weight.proof_size: Primitive != Compact"],
            differences);
    }
}
