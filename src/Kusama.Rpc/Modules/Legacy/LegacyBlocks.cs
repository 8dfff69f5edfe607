using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Runtime.NativeRuntime;
using Kusama.State;

namespace Kusama.Rpc.Modules.Legacy;

/// <summary>
/// Resolves the optional <c>at</c> block of legacy calls (best when absent) and reads state or calls the runtime there,
/// turning unknown blocks, pruned state and runtime failures into sc-rpc's state error (4003 "Client error: …").
/// </summary>
public sealed class LegacyBlocks(BlockTree tree, RuntimeExecutor executor)
{
    public BlockTree Tree { get; } = tree;

    public RuntimeExecutor Executor { get; } = executor;

    /// <summary>The block <paramref name="at"/> names, or the best block; throws 4003 when the block is unknown.</summary>
    public (Hash256 Hash, Header Header) Resolve(Hash256? at)
    {
        Hash256 hash = at ?? Tree.Best.Hash;
        Header header = Tree.GetHeader(hash) ?? throw LegacyErrors.StateClientError(LegacyErrors.UnknownBlock(hash));
        return (hash, header);
    }

    /// <summary>A read view of the state at the block (dispose it); throws 4003 when the block or its state is gone.</summary>
    public StateView OpenState(Hash256? at, out Hash256 hash)
    {
        (hash, Header header) = Resolve(at);
        try
        {
            return Tree.State.OpenAt(header.StateRoot);
        }
        catch (StateDiscardedException)
        {
            throw LegacyErrors.StateClientError(LegacyErrors.UnknownBlock(hash));
        }
    }

    /// <summary><c>state_call</c> at the block; failures become "Client error: Execution failed: …".</summary>
    public byte[] Call(Hash256? at, string method, ReadOnlySpan<byte> args)
    {
        (Hash256 hash, Header header) = Resolve(at);
        try
        {
            return Executor.Call(header.StateRoot, method, args);
        }
        catch (StateDiscardedException)
        {
            throw LegacyErrors.StateClientError(LegacyErrors.UnknownBlock(hash));
        }
        catch (Exception exception) when (exception is RuntimeApiException or MissingNativeRuntimeException or Kusama.Scale.ScaleDecodeException)
        {
            throw LegacyErrors.StateClientError($"Execution failed: {exception.Message}");
        }
    }

    /// <summary>The runtime version at the block; failures as <see cref="Call"/>.</summary>
    public RuntimeVersion Version(Hash256? at)
    {
        (Hash256 hash, Header header) = Resolve(at);
        try
        {
            return Executor.Version(header.StateRoot);
        }
        catch (StateDiscardedException)
        {
            throw LegacyErrors.StateClientError(LegacyErrors.UnknownBlock(hash));
        }
        catch (MissingNativeRuntimeException exception)
        {
            throw LegacyErrors.StateClientError($"Execution failed: {exception.Message}");
        }
    }
}
