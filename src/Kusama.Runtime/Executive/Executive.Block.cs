using Kusama.Frame.Extrinsics;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Runtime.Executive;

// execute_block (import) and the inherent helpers of the block builder.
public sealed partial class Executive
{
    /// <summary>
    /// <c>execute_block</c>: re-executes an imported block (its header without the seal) on its parent's state — initialize,
    /// inherents first then transactions, finalize — and checks the digest, state root and extrinsics root against the header.
    /// </summary>
    /// <exception cref="BlockExecutionException">The block is invalid; the message says why.</exception>
    public void ExecuteBlock(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        Header header = block.Header;
        if (header.Number == 0) throw new BlockExecutionException("Block #0 is genesis: it is built, never executed.");
        InitializeBlock(header);
        EnsureInherentsAreFirst(block);

        SignatureBatch? batch = BatchSignatureVerification ? new SignatureBatch() : null;
        _signatureBatch = batch;
        try
        {
            for (int i = 0; i < block.Extrinsics.Length; i++)
            {
                _extrinsicIndex = i;
                ApplyExtrinsicResult result;
                try
                {
                    result = ApplyExtrinsic(block.Extrinsics[i]);
                }
                catch (ScaleDecodeException exception)
                {
                    throw new BlockExecutionException($"Block #{header.Number}: extrinsic {i} does not decode: {exception.Message}", exception);
                }
                if (!result.IsValid)
                    throw new BlockExecutionException($"Block #{header.Number}: extrinsic {i} is invalid: {result.ValidityError}.");
            }
        }
        finally
        {
            _signatureBatch = null;
        }

        Header computed = FinalizeBlock();
        // The checks ran on the other cores meanwhile; the block counts only once every one of them passed.
        if (batch?.Finish() is { } bad)
            throw new BlockExecutionException($"Block #{header.Number}: extrinsic {bad} has a bad signature.");
        FinalChecks(header, computed);
    }

    /// <summary><c>BlockBuilder_inherent_extrinsics</c>: the bare extrinsics each inherent-providing pallet creates from the author's data, in pallet order.</summary>
    public byte[][] InherentExtrinsics(InherentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var extrinsics = new List<byte[]>();
        foreach (IProvideInherent<RuntimeCall> provider in Runtime.InherentProviders)
        {
            if (provider.CreateInherent(data) is { } call)
                extrinsics.Add(UncheckedExtrinsic.EncodeBare(ScaleCodec.Encode(call)));
        }
        return [.. extrinsics];
    }

    /// <summary>
    /// <c>BlockBuilder_check_inherents</c> (construct_runtime's <c>check_extrinsics</c>): checks the block's leading bare
    /// extrinsics against the local inherent data, stopping at the first non-inherent or the first fatal error.
    /// </summary>
    public CheckInherentsResult CheckInherents(Block block, InherentData data)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(data);
        var result = new CheckInherentsResult();
        foreach (byte[] encoded in block.Extrinsics)
        {
            var xt = UncheckedExtrinsic.Decode<KusamaSignedExtra>(encoded);
            if (xt.Type != ExtrinsicType.Bare) break;
            RuntimeCall call = ScaleCodec.Decode<RuntimeCall>(xt.Call);
            bool isInherent = false;
            foreach (IProvideInherent<RuntimeCall> provider in Runtime.InherentProviders)
            {
                if (!provider.IsInherent(call)) continue;
                isInherent = true;
                provider.CheckInherent(call, data, result);
                if (result.FatalError) return result;
            }
            if (!isInherent) break;
        }
        return result;
    }

    /// <summary>frame_executive <c>ensure_inherents_are_first</c>: no inherent after the first non-inherent.</summary>
    private void EnsureInherentsAreFirst(Block block)
    {
        bool nonInherentSeen = false;
        for (int i = 0; i < block.Extrinsics.Length; i++)
        {
            bool isInherent;
            try
            {
                var xt = UncheckedExtrinsic.Decode<KusamaSignedExtra>(block.Extrinsics[i]);
                isInherent = xt.Type == ExtrinsicType.Bare && Runtime.IsInherent(ScaleCodec.Decode<RuntimeCall>(xt.Call));
            }
            catch (ScaleDecodeException exception)
            {
                throw new BlockExecutionException($"Block #{block.Header.Number}: extrinsic {i} does not decode: {exception.Message}", exception);
            }
            if (!isInherent) nonInherentSeen = true;
            else if (nonInherentSeen)
                throw new BlockExecutionException($"Block #{block.Header.Number}: invalid inherent position for extrinsic at index {i} (inherents come first).");
        }
    }

    /// <summary>frame_executive <c>final_checks</c>: the header's digest, state root and extrinsics root must be what execution computed.</summary>
    private static void FinalChecks(Header header, Header computed)
    {
        if (header.Digest.Length != computed.Digest.Length)
            throw new BlockExecutionException($"Block #{header.Number}: number of digest items must match that calculated ({header.Digest.Length} in the header, {computed.Digest.Length} computed).");
        for (int i = 0; i < header.Digest.Length; i++)
        {
            if (!ScaleCodec.Encode(header.Digest[i]).AsSpan().SequenceEqual(ScaleCodec.Encode(computed.Digest[i])))
                throw new BlockExecutionException($"Block #{header.Number}: digest item {i} must match that calculated.");
        }
        if (header.StateRoot != computed.StateRoot)
            throw new BlockExecutionException($"Block #{header.Number}: storage root must match that calculated (header {header.StateRoot}, computed {computed.StateRoot}).");
        if (header.ExtrinsicsRoot != computed.ExtrinsicsRoot)
            throw new BlockExecutionException($"Block #{header.Number}: transaction trie root must be valid (header {header.ExtrinsicsRoot}, computed {computed.ExtrinsicsRoot}).");
    }
}
