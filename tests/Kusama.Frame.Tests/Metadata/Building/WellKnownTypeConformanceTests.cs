using Kusama.Frame.Metadata;
using Kusama.Frame.Metadata.Building;

using Kusama.Tests.Metadata;

namespace Kusama.Frame.Tests.Metadata.Building;

public class WellKnownTypeConformanceTests
{
    // Each well-known type as our registry builds it; it must equal a type of the same path in Kusama's metadata.
    private static readonly Dictionary<string, Func<TypeRegistry, uint>> Cases = new()
    {
        ["H256"] = t => t.H256(),
        ["AccountId32"] = t => t.AccountId32(),
        ["KeyTypeId"] = t => t.KeyTypeId(),
        ["MultiAddress"] = t => t.MultiAddress(),
        ["MultiSignature"] = t => t.MultiSignature(),
        ["MultiSigner"] = t => t.MultiSigner(),
        ["Weight"] = t => t.Weight(),
        ["RuntimeDbWeight"] = t => t.RuntimeDbWeight(),
        ["Perbill"] = t => t.Perbill(),
        ["Permill"] = t => t.Permill(),
        ["Perquintill"] = t => t.Perquintill(),
        ["Percent"] = t => t.Percent(),
        ["PerU16"] = t => t.PerU16(),
        ["FixedU128"] = t => t.FixedU128(),
        ["FixedI64"] = t => t.FixedI64(),
        ["ArithmeticError"] = t => t.ArithmeticError(),
        ["DispatchError"] = t => t.DispatchError(),
        ["ModuleError"] = t => t.ModuleError(),
        ["TokenError"] = t => t.TokenError(),
        ["TransactionalError"] = t => t.TransactionalError(),
        ["DispatchResult"] = t => t.DispatchResult(),
        ["DispatchClass"] = t => t.DispatchClass(),
        ["Pays"] = t => t.Pays(),
        ["DispatchInfo"] = t => t.DispatchInfo(),
        ["PostDispatchInfo"] = t => t.PostDispatchInfo(),
        ["DispatchErrorWithPostInfo"] = t => t.DispatchErrorWithPostInfo(),
        ["DispatchResultWithPostInfo"] = t => t.DispatchResultWithPostInfo(),
        ["PerDispatchClass<Weight>"] = t => t.PerDispatchClass(t.Weight()),
        ["PerDispatchClass<u32>"] = t => t.PerDispatchClass(t.U32()),
        ["RawOrigin<AccountId32>"] = t => t.RawOrigin(t.AccountId32()),
        ["BalanceStatus"] = t => t.BalanceStatus(),
        ["IdAmount<(), u128>"] = t => t.IdAmount(t.Unit(), t.U128()),
        ["Void"] = t => t.Void(),
        ["Era"] = t => t.Era(),
        ["Header"] = t => t.Header(),
        ["Digest"] = t => t.Digest(),
        ["DigestItem"] = t => t.DigestItem(),
        ["Phase"] = t => t.Phase(),
        ["RuntimeVersion"] = t => t.RuntimeVersion(),
        ["BlakeTwo256"] = t => t.BlakeTwo256(),
        ["Runtime"] = t => t.RuntimeStruct("staging_kusama_runtime"),
        ["Option<u32>"] = t => t.Option(t.U32()),
        ["Option<AccountId32>"] = t => t.Option(t.AccountId32()),
        ["Option<Vec<u8>>"] = t => t.Option(t.Bytes()),
        ["Result<(), DispatchError>"] = t => t.Result(t.Unit(), t.DispatchError()),
        ["BoundedVec<u8>"] = t => t.BoundedVec(t.U8()),
        ["BoundedVec<AccountId32>"] = t => t.BoundedVec(t.AccountId32()),
        ["WeakBoundedVec<u8>"] = t => t.WeakBoundedVec(t.U8()),
        ["BTreeMap<u32, u128>"] = t => t.BTreeMap(t.U32(), t.U128()),
        ["BTreeMap<AccountId32, u32>"] = t => t.BTreeMap(t.AccountId32(), t.U32()),
        ["BTreeSet<ValidatorIndex>"] = t => t.BTreeSet(t.Composite(["polkadot_primitives", "v7", "ValidatorIndex"], [], [TypeRegistry.Unnamed(t.U32(), "u32")])),
        ["Cow<str>"] = t => t.Cow(t.Str()),
        ["CheckNonZeroSender"] = t => t.CheckNonZeroSender(),
        ["CheckSpecVersion"] = t => t.CheckSpecVersion(),
        ["CheckTxVersion"] = t => t.CheckTxVersion(),
        ["CheckGenesis"] = t => t.CheckGenesis(),
        ["CheckMortality"] = t => t.CheckMortality(),
        ["CheckNonce"] = t => t.CheckNonce(),
        ["CheckWeight"] = t => t.CheckWeight(),
        ["ChargeTransactionPayment"] = t => t.ChargeTransactionPayment(),
        ["CheckMetadataHash"] = t => t.CheckMetadataHash(),
        ["MetadataHashMode"] = t => t.MetadataHashMode(),
        ["OpaqueMetadata"] = t => t.OpaqueMetadata(),
        ["Option<OpaqueMetadata>"] = t => t.Option(t.OpaqueMetadata()),
        ["ExtrinsicInclusionMode"] = t => t.ExtrinsicInclusionMode(),
        ["TransactionValidityError"] = t => t.TransactionValidityError(),
        ["InvalidTransaction"] = t => t.InvalidTransaction(),
        ["UnknownTransaction"] = t => t.UnknownTransaction(),
        ["ValidTransaction"] = t => t.ValidTransaction(),
        ["TransactionSource"] = t => t.TransactionSource(),
        ["TransactionValidity"] = t => t.TransactionValidity(),
        ["InherentData"] = t => t.InherentData(),
        ["CheckInherentsResult"] = t => t.CheckInherentsResult(),
        ["RuntimeDispatchInfo"] = t => t.RuntimeDispatchInfo(),
        ["FeeDetails"] = t => t.FeeDetails(),
        ["InclusionFee"] = t => t.InclusionFee(),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Well_known_type_matches_the_same_path_in_Kusama_metadata(string name)
    {
        var types = new TypeRegistry();
        uint id = Cases[name](types);
        var ours = types.ToPortableRegistry();

        Assert.Empty(KusamaReference.Mismatch(ours, id));
    }

    [Fact]
    public void Every_generic_wrapper_binds_its_type_params()
    {
        var types = new TypeRegistry();
        uint u32 = types.U32();
        uint[] wrappers =
        [
            types.Option(u32), types.Result(u32, types.Unit()), types.BTreeMap(u32, u32), types.BTreeSet(u32),
            types.Cow(u32), types.EventRecord(types.Unit()), types.PerDispatchClass(u32),
        ];

        foreach (uint wrapper in wrappers)
        {
            var parameters = types[wrapper].TypeParameters;
            Assert.NotEmpty(parameters);
            Assert.All(parameters, p => Assert.NotNull(p.Type));
        }
    }

    [Fact]
    public void Kusama_signed_extensions_match_identifiers_and_types_in_order()
    {
        var types = new TypeRegistry();
        var extensions = types.KusamaSignedExtensions();
        var ours = types.ToPortableRegistry();
        var kusama = Assert.IsType<RuntimeMetadataV14>(RuntimeMetadataPrefixed.Decode(KusamaMetadata.V14).Metadata);
        var theirs = kusama.Extrinsic.SignedExtensions;

        Assert.Equal(theirs.Count, extensions.Length);
        for (int i = 0; i < extensions.Length; i++)
        {
            Assert.Equal(theirs[i].Identifier, extensions[i].Identifier);
            Assert.Empty(TypeComparer.Differences(ours, extensions[i].Type, kusama.Types, theirs[i].Type));
            Assert.Empty(TypeComparer.Differences(ours, extensions[i].AdditionalSigned, kusama.Types, theirs[i].AdditionalSigned));
        }
    }

    [Fact]
    public void EventRecord_of_a_stand_in_event_matches_Kusama_but_for_the_event()
    {
        var types = new TypeRegistry();
        uint record = types.EventRecord(types.Unit());
        var ours = types.ToPortableRegistry();
        var kusama = RuntimeMetadataPrefixed.Decode(KusamaMetadata.V14).Metadata.Types;
        uint theirs = KusamaReference.Candidates(kusama, "frame_system::EventRecord").Single();

        var differences = TypeComparer.Differences(ours, record, kusama, theirs);

        // Only the RuntimeEvent differs: ours is a stand-in (), Kusama's is its outer enum (first reached through param E).
        Assert.Equal(["frame_system::EventRecord<E>: path  != staging_kusama_runtime::RuntimeEvent"], differences);
    }

    [Fact]
    public void UncheckedExtrinsic_built_from_Kusama_parts_matches_Kusama_V15_extrinsic_type()
    {
        var kusama = Assert.IsType<RuntimeMetadataV15>(RuntimeMetadataPrefixed.Decode(KusamaMetadata.V15).Metadata);
        var types = new TypeRegistry();
        var extensions = types.KusamaSignedExtensions();
        uint extraItems = types.Tuple([.. extensions.Select(e => e.Type)]);
        // A unit stand-in for RuntimeCall: the comparison below is told to expect exactly that difference.
        uint unchecked_ = types.UncheckedExtrinsic(types.MultiAddress(), types.Unit(), types.MultiSignature(), extraItems);
        var ours = types.ToPortableRegistry();
        uint theirs = KusamaReference.Candidates(kusama.Types, "sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic").Single();

        var differences = TypeComparer.Differences(ours, unchecked_, kusama.Types, theirs);

        Assert.Equal(["sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<Call>: path  != staging_kusama_runtime::RuntimeCall"], differences);
    }
}
