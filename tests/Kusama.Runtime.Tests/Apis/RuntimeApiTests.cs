using Kusama.Core;
using Kusama.Crypto.Keys;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.Frame.Transactions;
using Kusama.Runtime.Apis;
using Kusama.Runtime.Tests.Executive;
using Kusama.Scale;
using Kusama.Scale.Codecs;
using Kusama.State;

namespace Kusama.Runtime.Tests.Apis;

public class RuntimeApiTests
{
    private static IRuntimeApi Open(TestChain chain)
    {
        chain.Open(out StorageOverlay genesis);
        return new KusamaRuntimeApi(new OverlayStorage(genesis));
    }

    [Fact]
    public void Core_version_is_the_runtime_version_with_Kusamas_api_ids()
    {
        IRuntimeApi api = Open(new TestChain());
        byte[] version = api.Call("Core_version", []);
        // client-interop §3.9: spec name "kusama" then impl name; Core's id is 0xdf6acb689907609b at version 5.
        Assert.StartsWith("0x186b7573616d61347061726974792d6b7573616d61", Hex.Encode(version));
        Assert.Contains("df6acb689907609b05000000", Hex.Encode(version));
        Assert.Contains("d2bc9897eed08f1503000000", Hex.Encode(version));
    }

    [Fact]
    public void Unknown_methods_and_undecodable_arguments_are_RuntimeApiExceptions()
    {
        IRuntimeApi api = Open(new TestChain());
        Assert.True(api.Has("Metadata_metadata"));
        Assert.False(api.Has("BabeApi_configuration"));
        var unknown = Assert.Throws<RuntimeApiException>(() => api.Call("BabeApi_configuration", []));
        Assert.Equal("BabeApi_configuration", unknown.Method);
        Assert.Throws<RuntimeApiException>(() => api.Call("Metadata_metadata_at_version", [15]));
        Assert.Throws<RuntimeApiException>(() => api.Call("AccountNonceApi_account_nonce", [1, 2, 3]));
        Assert.Throws<RuntimeApiException>(() => api.Call("BlockBuilder_apply_extrinsic", [0x08, 0x99, 0x00]));
    }

    [Fact]
    public void A_block_is_built_through_state_call_names()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Alice(KeyScheme.Sr25519);
        IRuntimeApi api = Open(chain);

        Assert.Equal(new byte[] { 0 }, api.Call("Core_initialize_block", ScaleCodec.Encode(TestChain.Block1Header())));
        var inherentData = new InherentData();
        inherentData.Put<ulong, Kusama.Scale.Codecs.U64Codec>(Kusama.Runtime.Pallets.Timestamp.TimestampPallet.InherentIdentifier, 6_000);
        byte[] inherents = api.Call("BlockBuilder_inherent_extrinsics", ScaleCodec.Encode(inherentData));
        Assert.Equal(0x04, inherents[0]); // one extrinsic: the timestamp set
        Assert.Equal(new byte[] { 0, 0 }, api.Call("BlockBuilder_apply_extrinsic", inherents.AsSpan(1)));
        // Ok(Ok(())) then Err(Invalid(Stale)): client-interop §3.8 encodings.
        Assert.Equal(new byte[] { 0, 0 }, api.Call("BlockBuilder_apply_extrinsic", chain.Sign(alice, TestChain.Remark([1]), 0)));
        Assert.Equal(new byte[] { 1, 0, 3 }, api.Call("BlockBuilder_apply_extrinsic", chain.Sign(alice, TestChain.Remark([1]), 0)));
        Assert.Equal(new byte[] { 1, 0, 0, 0 }, api.Call("AccountNonceApi_account_nonce", alice.AccountId.ToArray()));
        Header header = ScaleCodec.Decode<Header>(api.Call("BlockBuilder_finalize_block", []));
        Assert.Equal(1u, header.Number);
        Assert.Equal(TestChain.GenesisHash, header.ParentHash);
    }

    [Fact]
    public void Validate_transaction_takes_source_extrinsic_and_block_hash()
    {
        var chain = new TestChain();
        KeyPair alice = TestChain.Alice(KeyScheme.Sr25519);
        byte[] args = [(byte)TransactionSource.External, .. chain.Sign(alice, TestChain.Remark([]), 0), .. TestChain.GenesisHash.ToArray()];
        byte[] output = Open(chain).Call("TaggedTransactionQueue_validate_transaction", args);
        var result = ScaleCodec.Decode<Result<ValidTransaction, TransactionValidityError>, TransactionValidityCodec>(output);
        Assert.Equal([Executive.TestChain.Alice(KeyScheme.Sr25519).AccountId.ToArray().Concat(new byte[4]).ToArray()], result.OkValue.Provides);
    }

    [Fact]
    public void Core_execute_block_of_a_tampered_block_is_an_error()
    {
        var chain = new TestChain();
        var bad = new Block(TestChain.Block1Header(), []);
        var error = Assert.Throws<RuntimeApiException>(() => Open(chain).Call("Core_execute_block", ScaleCodec.Encode(bad)));
        // A block without the timestamp inherent is invalid before its roots are even compared.
        Assert.Contains("Timestamp must be updated once in the block", error.Message);
    }
}
