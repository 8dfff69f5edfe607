using Kusama.Blockchain.Execution;
using Kusama.Frame.Primitives;
using Kusama.Frame.Transactions;
using Kusama.Scale;

namespace Kusama.Blockchain.BlockBuilding;

/// <summary>
/// Builds one block on a parent (sc-block-builder): <c>Core_initialize_block</c> with the pre-runtime digest, the
/// inherents, then extrinsics one by one — each in its own storage transaction, kept only when the runtime accepts it
/// (<c>Ok</c>, even if dispatch failed) — and <c>BlockBuilder_finalize_block</c>. Not thread-safe.
/// </summary>
public sealed class BlockBuilder : IDisposable
{
    private readonly RuntimeSession _session;
    private readonly List<byte[]> _extrinsics = [];
    private bool _built;

    /// <summary>Starts block <c>parent.Number + 1</c> on <paramref name="parent"/> (hash <paramref name="parentHash"/>), with <paramref name="digest"/> (e.g. BABE's pre-runtime item).</summary>
    public BlockBuilder(RuntimeExecutor executor, Header parent, Kusama.Core.Hash256 parentHash, DigestItem[] digest)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(digest);
        _session = executor.Open(parent.StateRoot);
        try
        {
            var header = new Header(parentHash, parent.Number + 1, default, default, digest);
            _session.Api.Call("Core_initialize_block", ScaleCodec.Encode(header));
        }
        catch
        {
            _session.Dispose();
            throw;
        }
    }

    /// <summary>The runtime session the block is built in (reads see the block's writes so far).</summary>
    public RuntimeSession Session => _session;

    /// <summary>The extrinsics included so far.</summary>
    public IReadOnlyList<byte[]> Extrinsics => _extrinsics;

    /// <summary>Creates the inherents from <paramref name="data"/> (<c>BlockBuilder_inherent_extrinsics</c>) and pushes each.</summary>
    /// <exception cref="InvalidOperationException">An inherent was refused.</exception>
    public void PushInherents(InherentData data)
    {
        byte[] output = _session.Api.Call("BlockBuilder_inherent_extrinsics", ScaleCodec.Encode(data));
        var reader = new ScaleReader(output);
        byte[][] inherents = Block.ReadExtrinsics(ref reader);
        for (int i = 0; i < inherents.Length; i++)
        {
            byte[] inherent = inherents[i];
            ApplyExtrinsicResult result = Push(inherent);
            if (!result.IsValid) throw new InvalidOperationException($"The runtime refused its own inherent {i}: {result.ValidityError}.");
        }
    }

    /// <summary>
    /// Applies <paramref name="extrinsic"/> (full encoding incl. length prefix). It is included unless the result is a
    /// validity error, in which case its changes are rolled back.
    /// </summary>
    public ApplyExtrinsicResult Push(byte[] extrinsic)
    {
        ArgumentNullException.ThrowIfNull(extrinsic);
        ObjectDisposedException.ThrowIf(_built, this);
        _session.Overlay.StartTransaction();
        ApplyExtrinsicResult result;
        try
        {
            result = ScaleCodec.Decode<ApplyExtrinsicResult>(_session.Api.Call("BlockBuilder_apply_extrinsic", extrinsic));
        }
        catch
        {
            _session.Overlay.RollbackTransaction();
            throw;
        }
        if (result.IsValid)
        {
            _session.Overlay.CommitTransaction();
            _extrinsics.Add(extrinsic);
        }
        else
        {
            _session.Overlay.RollbackTransaction();
        }
        return result;
    }

    /// <summary><c>BlockBuilder_finalize_block</c>: the unsealed header, the body and the state changes to commit.</summary>
    public BuiltBlock Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        Header header = ScaleCodec.Decode<Header>(_session.Api.Call("BlockBuilder_finalize_block", []));
        ExecutedBlock executed = _session.DrainExecuted();
        return new BuiltBlock(header, [.. _extrinsics], executed);
    }

    public void Dispose() => _session.Dispose();
}
