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
            Version = executor.VersionOf(view.Get(CodeKey));
            Api = executor.Registry.Open(view.Get(CodeKey), new OverlayStorage(Overlay), executor.StorageRoot);
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

    /// <summary>The session's changes, for <see cref="StateDb.CommitBlock"/>; the overlay is empty afterwards.</summary>
    public StateChanges DrainChanges() => Overlay.Drain();

    public void Dispose() => _view.Dispose();
}
