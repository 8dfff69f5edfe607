using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.State;

namespace Kusama.Rpc.Modules.Legacy;

public sealed partial class StateRpc
{
    /// <summary>The version at the best block first, then again whenever a new best block runs a different version.</summary>
    private void SubscribeRuntimeVersion(RpcParams parameters, RpcSubscriptionSink sink)
    {
        var gate = new Lock();
        RuntimeVersion? last = null;
        void OnImported(BlockImportNotification notification)
        {
            if (!notification.IsNewBest) return;
            RuntimeVersion version;
            try
            {
                version = blocks.Executor.Version(notification.Header.StateRoot);
            }
            catch (Exception exception) when (exception is StateDiscardedException or Kusama.Runtime.NativeRuntime.MissingNativeRuntimeException)
            {
                return;
            }
            lock (gate)
            {
                if (last is null || Same(last, version)) return;
                last = version;
                sink.Send(LegacyJson.RuntimeVersion(version));
            }
        }
        RuntimeVersion current = blocks.Version(null);
        Tree.BlockImported += OnImported;
        sink.Closed.Register(() => Tree.BlockImported -= OnImported);
        lock (gate)
        {
            last ??= current;
            sink.Send(LegacyJson.RuntimeVersion(last));
        }
    }

    /// <summary>
    /// The keys' values at the best block first, then for each new best block the keys whose value differs from the last
    /// notification. Subscribing to every key needs the blocks' change sets, which import does not publish yet.
    /// </summary>
    private void SubscribeStorage(RpcParams parameters, RpcSubscriptionSink sink)
    {
        byte[][]? keys = parameters.GetOptionalHexArray(0, "keys");
        if (keys is null)
        {
            if (!sink.Context.AllowsUnsafe) throw LegacyErrors.Unsafe();
            throw LegacyErrors.StateClientError("subscribing to all storage keys is not supported by this node yet; pass the keys to watch");
        }
        var gate = new Lock();
        byte[]?[]? last = null;
        void OnImported(BlockImportNotification notification)
        {
            if (!notification.IsNewBest) return;
            List<KeyValuePair<byte[], byte[]?>> values;
            try
            {
                using StateView view = Tree.State.OpenAt(notification.Header.StateRoot);
                values = Read(view, keys);
            }
            catch (StateDiscardedException)
            {
                return;
            }
            lock (gate)
            {
                if (last is null) return;
                var changes = new List<KeyValuePair<byte[], byte[]?>>();
                for (int i = 0; i < keys.Length; i++)
                {
                    if (SameValue(last[i], values[i].Value)) continue;
                    last[i] = values[i].Value;
                    changes.Add(values[i]);
                }
                if (changes.Count > 0) sink.Send(ChangeSet(notification.Hash, changes));
            }
        }
        Tree.BlockImported += OnImported;
        sink.Closed.Register(() => Tree.BlockImported -= OnImported);
        Hash256 hash;
        List<KeyValuePair<byte[], byte[]?>> initial;
        using (StateView view = blocks.OpenState(null, out hash))
            initial = Read(view, keys);
        lock (gate)
        {
            last = new byte[]?[keys.Length];
            for (int i = 0; i < keys.Length; i++) last[i] = initial[i].Value;
            sink.Send(ChangeSet(hash, initial));
        }
    }

    private static RpcResult ChangeSet(Hash256 block, List<KeyValuePair<byte[], byte[]?>> changes) =>
        RpcResult.Json(writer => LegacyJson.WriteChangeSet(writer, block, changes));

    private static bool Same(RuntimeVersion a, RuntimeVersion b) =>
        a.SpecName == b.SpecName && a.ImplName == b.ImplName && a.AuthoringVersion == b.AuthoringVersion
        && a.SpecVersion == b.SpecVersion && a.ImplVersion == b.ImplVersion && a.TransactionVersion == b.TransactionVersion
        && a.SystemVersion == b.SystemVersion && SameApis(a.Apis, b.Apis);

    private static bool SameApis(IReadOnlyList<(byte[] Id, uint Version)> a, IReadOnlyList<(byte[] Id, uint Version)> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (a[i].Version != b[i].Version || !a[i].Id.AsSpan().SequenceEqual(b[i].Id)) return false;
        return true;
    }
}
