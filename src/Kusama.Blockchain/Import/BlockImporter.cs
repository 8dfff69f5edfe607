using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Runtime.NativeRuntime;
using Kusama.State;

namespace Kusama.Blockchain.Import;

/// <summary>
/// The import pipeline (sc-consensus <c>BlockImport</c> with the client's execution): verify the header (consensus
/// seal), execute the block through the runtime on its parent's state (which checks the state and extrinsics roots),
/// commit header, body, justifications and state in one atomic batch, then notify. Imports are serialized.
/// </summary>
public sealed class BlockImporter
{
    private const int MaxKnownBad = 1024;

    private readonly Lock _lock = new();
    private readonly HashSet<Hash256> _bad = [];

    public BlockImporter(BlockTree tree, RuntimeExecutor executor, IBlockVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(verifier);
        Tree = tree;
        Executor = executor;
        Verifier = verifier;
    }

    /// <summary>The chain blocks are imported into.</summary>
    public BlockTree Tree { get; }

    /// <summary>What executes the blocks.</summary>
    public RuntimeExecutor Executor { get; }

    /// <summary>The consensus check of each header.</summary>
    public IBlockVerifier Verifier { get; }

    /// <summary>Imports <paramref name="block"/> (header with its seal) received from <paramref name="origin"/>.</summary>
    /// <exception cref="BlockImportException">The block is invalid; it is remembered as bad.</exception>
    /// <exception cref="MissingNativeRuntimeException">The parent's state runs a runtime this node lacks: the operator must upgrade.</exception>
    public ImportResult Import(Block block, BlockOrigin origin, Justifications? justifications = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        Header header = block.Header;
        Hash256 hash = header.Hash();
        lock (_lock)
        {
            if (_bad.Contains(hash)) return ImportResult.KnownBad;
            if (Tree.Contains(hash)) return ImportResult.AlreadyInChain;
            Header? parent = Tree.GetHeader(header.ParentHash);
            if (parent is null) return ImportResult.UnknownParent;
            if (header.Number != parent.Number + 1)
                throw Bad(hash, $"Block #{header.Number} {hash} cannot be the child of block #{parent.Number} {header.ParentHash}.");
            if (header.Number <= Tree.FinalizedBlock.Number)
                throw Bad(hash, $"Block #{header.Number} {hash} is on a fork below the finalized block {Tree.FinalizedBlock}.");

            Header preHeader;
            try
            {
                preHeader = Verifier.Verify(header, parent);
            }
            catch (BlockImportException exception)
            {
                throw Bad(hash, exception.Message, exception);
            }

            ExecutedBlock executed;
            try
            {
                executed = Executor.ExecuteBlock(new Block(preHeader, block.Extrinsics), parent.StateRoot);
            }
            catch (RuntimeApiException exception)
            {
                // Not remembered as bad: the body (not covered by the hash) may be what a peer tampered with, and the
                // same header with the right body from an honest peer must still import.
                throw new BlockImportException($"Block #{header.Number} {hash} is invalid: {exception.Message}", exception);
            }
            Commit(header, hash, parent, block.Extrinsics, justifications, executed, origin);
            return ImportResult.Imported;
        }
    }

    /// <summary>
    /// Imports a block this node built and sealed (Substrate's <c>StateAction::ApplyChanges</c>): its changes come from the
    /// block builder, so it is not executed again.
    /// </summary>
    public BlockImportNotification ImportOwn(Header sealedHeader, byte[][] body, ExecutedBlock executed)
    {
        ArgumentNullException.ThrowIfNull(sealedHeader);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(executed);
        lock (_lock)
        {
            Header parent = Tree.GetHeader(sealedHeader.ParentHash)
                ?? throw new BlockImportException($"Own block #{sealedHeader.Number}: its parent {sealedHeader.ParentHash} is no longer in the chain.");
            return Commit(sealedHeader, sealedHeader.Hash(), parent, body, null, executed, BlockOrigin.Own);
        }
    }

    private BlockImportNotification Commit(Header header, Hash256 hash, Header parent, byte[][] body, Justifications? justifications, ExecutedBlock executed, BlockOrigin origin)
    {
        using StateCommit state = executed.Commit(Tree.State, hash, header.ParentHash, header.Number, parent.StateRoot);
        if (state.StateRoot != header.StateRoot)
            throw Bad(hash, $"Block #{header.Number} {hash}: the committed state root {state.StateRoot} differs from the header's {header.StateRoot}.");
        return Tree.Insert(header, body, justifications, state, origin);
    }

    private BlockImportException Bad(Hash256 hash, string message, Exception? inner = null)
    {
        if (_bad.Count >= MaxKnownBad) _bad.Clear();
        _bad.Add(hash);
        return inner is null ? new BlockImportException(message) : new BlockImportException(message, inner);
    }
}
