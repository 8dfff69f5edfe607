using System.Collections.Concurrent;
using Kusama.Core;
using Kusama.Crypto.Hashing;
using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Runtime.Apis;
using Kusama.Runtime.NativeRuntime;
using Kusama.State;

namespace Kusama.Blockchain.Execution;

/// <summary>
/// Runs the runtime on the states the <see cref="StateDb"/> keeps (sc-service's <c>LocalCallExecutor</c>): read-only
/// <c>state_call</c>s on a throwaway overlay, and <see cref="RuntimeSession"/>s whose changes a block import or the block
/// builder commits. The runtime a state runs is the native one its <c>:code</c> names. Thread-safe: each call opens its own view.
/// </summary>
public sealed class RuntimeExecutor
{
    private static readonly byte[] CodeKey = ":code"u8.ToArray();

    private readonly ConcurrentDictionary<Hash256, RuntimeVersion> _versions = new();

    public RuntimeExecutor(StateDb state, NativeRuntimeRegistry? registry = null, IStorageRoot? storageRoot = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        State = state;
        Registry = registry ?? NativeRuntimeRegistry.Compiled;
        StorageRoot = storageRoot;
    }

    /// <summary>The states the runtime runs on.</summary>
    public StateDb State { get; }

    /// <summary>The native runtimes this node can run.</summary>
    public NativeRuntimeRegistry Registry { get; }

    /// <summary>
    /// How <c>storage_root</c> is computed while a block finalizes, when not the default: null means each session's
    /// <see cref="IncrementalStorageRoot"/> over the parent trie, whose work the block's commit reuses.
    /// </summary>
    public IStorageRoot? StorageRoot { get; }

    /// <summary>Opens a session on the state under <paramref name="stateRoot"/>; dispose it when done.</summary>
    /// <exception cref="StateDiscardedException">The state was pruned or never committed.</exception>
    /// <exception cref="MissingNativeRuntimeException">The state's <c>:code</c> names a runtime this node lacks.</exception>
    public RuntimeSession Open(Hash256 stateRoot) => new(this, State.OpenAt(stateRoot));

    /// <summary><c>state_call</c>: calls <paramref name="method"/> on the state under <paramref name="stateRoot"/>; every change is discarded.</summary>
    /// <exception cref="RuntimeApiException">The method is unknown, its arguments do not decode, or the call fails.</exception>
    public byte[] Call(Hash256 stateRoot, string method, ReadOnlySpan<byte> args)
    {
        using RuntimeSession session = Open(stateRoot);
        return session.Api.Call(method, args);
    }

    /// <summary>
    /// <c>Core_execute_block</c> on the parent's state (<paramref name="parentStateRoot"/>): runs <paramref name="block"/>
    /// (its header without the seal) and checks its state and extrinsics roots; returns the changes to commit, with the
    /// trie work of the root check for <see cref="ExecutedBlock.Commit"/>. Signatures are checked on every core while the
    /// block executes (a bad one fails the block: "extrinsic i has a bad signature") unless <paramref name="batchSignatures"/> is false.
    /// </summary>
    /// <exception cref="RuntimeApiException">The block is invalid; the message says why.</exception>
    public ExecutedBlock ExecuteBlock(Block block, Hash256 parentStateRoot, bool batchSignatures = true)
    {
        ArgumentNullException.ThrowIfNull(block);
        using RuntimeSession session = Open(parentStateRoot);
        if (session.Api is KusamaRuntimeApi kusama) kusama.Executive.BatchSignatureVerification = batchSignatures;
        session.Api.Call("Core_execute_block", Kusama.Scale.ScaleCodec.Encode(block));
        return session.DrainExecuted();
    }

    /// <summary>The version of the runtime the state under <paramref name="stateRoot"/> runs (read from <c>:code</c>, cached by code hash).</summary>
    public RuntimeVersion Version(Hash256 stateRoot)
    {
        using StateView view = State.OpenAt(stateRoot);
        return VersionOf(view.Get(CodeKey));
    }

    /// <summary>The version <paramref name="code"/> declares, when this node can run it.</summary>
    /// <exception cref="MissingNativeRuntimeException">No code, or a runtime this node lacks.</exception>
    internal RuntimeVersion VersionOf(byte[]? code)
    {
        if (code is null) throw new MissingNativeRuntimeException("The state has no runtime code (:code).");
        Hash256 hash = Blake2b.Hash256(code);
        if (_versions.TryGetValue(hash, out RuntimeVersion? version)) return version;
        version = Registry.ReadRuntimeVersion(code);
        if (version is null)
        {
            if (NativeRuntimeDescriptor.TryRead(code, out RuntimeVersion declared))
                throw new MissingNativeRuntimeException(declared.SpecName, declared.SpecVersion);
            throw new MissingNativeRuntimeException("The state's :code is not a Kusama.NET native runtime descriptor: this node runs no Wasm runtimes.");
        }
        _versions[hash] = version;
        return version;
    }
}
