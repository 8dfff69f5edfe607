using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.State;
using Kusama.Trie;

namespace Kusama.Blockchain.Execution;

/// <summary>
/// The runtime over one state with an overlay collecting its writes (sp-state-machine's <c>StateMachine</c> over a
/// backend): calls through <see cref="Api"/> change only the overlay; <see cref="DrainChanges"/> hands the changes to
/// a state commit. Not thread-safe; dispose it to release the state snapshot.
/// </summary>
public sealed class RuntimeSession : IDisposable
{
    private static readonly byte[] CodeKey = ":code"u8.ToArray();

    private readonly StateView _view;

    internal RuntimeSession(RuntimeExecutor executor, StateView view)
    {
        _view = view;
        try
        {
            Overlay = new StorageOverlay(view);
            byte[]? code = view.Get(CodeKey);
            Version = executor.VersionOf(code);
            IncrementalRoot = executor.StorageRoot is null ? new IncrementalStorageRoot(executor.State, Overlay, view.StateRoot) : null;
            Api = executor.Registry.Open(code, new OverlayStorage(Overlay), executor.StorageRoot ?? IncrementalRoot!);
        }
        catch
        {
            view.Dispose();
            throw;
        }
    }

    /// <summary>The runtime's entry points over this session's state.</summary>
    public IRuntimeApi Api { get; }

    /// <summary>The version of the runtime the session's state runs.</summary>
    public RuntimeVersion Version { get; }

    /// <summary>The trie layout of the state the runtime writes (its <c>system_version</c>).</summary>
    public StateVersion StateVersion => Version.SystemVersion == 0 ? StateVersion.V0 : StateVersion.V1;

    /// <summary>The root of the state the session started from.</summary>
    public Kusama.Core.Hash256 ParentStateRoot => _view.StateRoot;

    /// <summary>The writes made so far.</summary>
    public StorageOverlay Overlay { get; }

    /// <summary>How the session computes <c>storage_root</c>, unless the executor was given another way (then null).</summary>
    public IncrementalStorageRoot? IncrementalRoot { get; }

    /// <summary>The session's changes, for <see cref="StateDb.CommitBlock"/>; the overlay is empty afterwards.</summary>
    public StateChanges DrainChanges() => Overlay.Drain();

    /// <summary>
    /// The session's changes as an <see cref="ExecutedBlock"/>, with the commit work of the last <c>storage_root</c> when
    /// nothing changed since (the usual case after a block's finalization); the overlay is empty afterwards.
    /// </summary>
    public ExecutedBlock DrainExecuted()
    {
        if (IncrementalRoot?.Prepared is { } prepared && prepared.StateVersion == StateVersion)
        {
            Overlay.Drain();
            return new ExecutedBlock(prepared.Changes, StateVersion) { Prepared = prepared };
        }
        return new ExecutedBlock(Overlay.Drain(), StateVersion);
    }

    public void Dispose() => _view.Dispose();
}
