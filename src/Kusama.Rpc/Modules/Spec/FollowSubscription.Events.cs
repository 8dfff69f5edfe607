using System.Text.Json;
using Kusama.Blockchain.Blocks;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Runtime.NativeRuntime;
using Kusama.State;

namespace Kusama.Rpc.Modules.Spec;

// The follow events: initialized, newBlock, bestBlockChanged, finalized (all sent under the lock).
public sealed partial class FollowSubscription
{
    private void SendInitialEvents()
    {
        BlockInfo finalized = _tree.FinalizedBlock;
        Header finalizedHeader = _tree.GetHeader(finalized.Hash) ?? throw new InvalidOperationException($"The finalized block {finalized} has no header.");

        // The finalized block and its ancestors, oldest first, as many as sc-rpc-spec-v2 reports (genesis ends the walk).
        var finalizedHashes = new List<Hash256> { finalized.Hash };
        Header current = finalizedHeader;
        while (finalizedHashes.Count < _options.MaxInitialFinalizedBlocks && current.Number > 0)
        {
            Hash256 parentHash = current.ParentHash;
            Header? parent = _tree.GetHeader(parentHash);
            if (parent is null) break;
            finalizedHashes.Add(parentHash);
            current = parent;
        }
        finalizedHashes.Reverse();
        uint number = finalized.Number - (uint)(finalizedHashes.Count - 1);
        foreach (Hash256 hash in finalizedHashes)
        {
            _announced[hash] = number++;
            _pinned.Add(hash);
        }
        _finalizedNumber = finalized.Number;

        RuntimeVersion? runtime = null;
        string? runtimeError = null;
        if (WithRuntime) runtime = VersionOf(finalizedHeader, out runtimeError);
        Hash256[] initialHashes = [.. finalizedHashes];
        Send(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("event"u8, "initialized"u8);
            WriteHashes(writer, "finalizedBlockHashes"u8, initialHashes);
            if (WithRuntime)
            {
                writer.WritePropertyName("finalizedBlockRuntime"u8);
                WriteRuntime(writer, runtime, runtimeError);
            }
            writer.WriteEndObject();
        });

        // Every unfinalized block, parents before children.
        var unfinalized = new Dictionary<Hash256, Header>();
        foreach (BlockInfo leaf in _tree.Leaves)
        {
            Hash256 hash = leaf.Hash;
            while (!unfinalized.ContainsKey(hash) && _tree.GetHeader(hash) is { } header && header.Number > finalized.Number)
            {
                unfinalized[hash] = header;
                hash = header.ParentHash;
            }
        }
        var ordered = new List<KeyValuePair<Hash256, Header>>(unfinalized);
        ordered.Sort(static (a, b) => a.Value.Number.CompareTo(b.Value.Number));
        foreach (KeyValuePair<Hash256, Header> block in ordered)
        {
            if (_ended) return;
            AnnounceBlock(block.Key, block.Value);
        }
        if (_ended) return;
        BlockInfo best = _tree.Best;
        if (!_announced.ContainsKey(best.Hash)) best = finalized;
        SendBestBlockChanged(best.Hash);
    }

    private void OnBlockImported(BlockImportNotification notification)
    {
        bool stop;
        lock (_lock)
        {
            if (_ended || _announced.ContainsKey(notification.Hash)) return;
            if (!_announced.ContainsKey(notification.Header.ParentHash)) return;
            AnnounceBlock(notification.Hash, notification.Header);
            if (!_ended && notification.IsNewBest) SendBestBlockChanged(notification.Hash);
            stop = !_ended && (_pinned.Count > _options.MaxPinnedBlocks || (long)notification.Number - _finalizedNumber > _options.MaxLaggingDistance);
        }
        if (stop) Stop();
    }

    private void OnFinalized(FinalityNotification notification)
    {
        lock (_lock)
        {
            if (_ended || notification.Number <= _finalizedNumber) return;
            // A block finalized before this subscription reported it is reported first, as the spec requires.
            foreach (Hash256 hash in notification.Finalized)
            {
                if (_announced.ContainsKey(hash)) continue;
                Header? header = _tree.GetHeader(hash);
                if (header is null || !_announced.ContainsKey(header.ParentHash)) continue;
                AnnounceBlock(hash, header);
            }
            if (_ended) return;

            BlockInfo best = _tree.Best;
            if (best.Hash != _best && _announced.ContainsKey(best.Hash)) SendBestBlockChanged(best.Hash);

            var finalized = new List<Hash256>(notification.Finalized.Count);
            foreach (Hash256 hash in notification.Finalized)
                if (_announced.ContainsKey(hash)) finalized.Add(hash);
            var pruned = new List<Hash256>(notification.Pruned.Count);
            foreach (Hash256 hash in notification.Pruned)
                if (_announced.Remove(hash)) pruned.Add(hash);
            _finalizedNumber = notification.Number;
            // Blocks below the new finalized one cannot be reported again: forget them (their pins stay).
            List<Hash256>? old = null;
            foreach (KeyValuePair<Hash256, uint> entry in _announced)
                if (entry.Value < _finalizedNumber) (old ??= []).Add(entry.Key);
            if (old is not null)
                foreach (Hash256 hash in old) _announced.Remove(hash);
            _versions.Clear();

            Hash256[] finalizedHashes = [.. finalized];
            Hash256[] prunedHashes = [.. pruned];
            Send(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("event"u8, "finalized"u8);
                WriteHashes(writer, "finalizedBlockHashes"u8, finalizedHashes);
                WriteHashes(writer, "prunedBlockHashes"u8, prunedHashes);
                writer.WriteEndObject();
            });
        }
    }

    private void AnnounceBlock(Hash256 hash, Header header)
    {
        _announced[hash] = header.Number;
        _pinned.Add(hash);
        bool runtimeChanged = false;
        RuntimeVersion? runtime = null;
        string? runtimeError = null;
        if (WithRuntime)
        {
            runtime = VersionOf(header, out runtimeError);
            Header? parent = _tree.GetHeader(header.ParentHash);
            RuntimeVersion? parentRuntime = parent is null ? null : VersionOf(parent, out _);
            runtimeChanged = runtime is null || parentRuntime is null || !runtime.Encode().AsSpan().SequenceEqual(parentRuntime.Encode());
        }
        Hash256 parentHash = header.ParentHash;
        Send(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("event"u8, "newBlock"u8);
            writer.WriteString("blockHash"u8, hash.ToString());
            writer.WriteString("parentBlockHash"u8, parentHash.ToString());
            writer.WritePropertyName("newRuntime"u8);
            if (runtimeChanged) WriteRuntime(writer, runtime, runtimeError);
            else writer.WriteNullValue();
            writer.WriteEndObject();
        });
    }

    private void SendBestBlockChanged(Hash256 best)
    {
        _best = best;
        Send(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("event"u8, "bestBlockChanged"u8);
            writer.WriteString("bestBlockHash"u8, best.ToString());
            writer.WriteEndObject();
        });
    }

    private void Send(Action<Utf8JsonWriter> writeEvent)
    {
        // A client too slow to read loses the subscription (the sink closes it); stop reporting to it.
        if (!_sink.Send(RpcResult.Json(writeEvent))) EndLocked();
    }

    private RuntimeVersion? VersionOf(Header header, out string? error)
    {
        error = null;
        if (_versions.TryGetValue(header.StateRoot, out RuntimeVersion? cached))
        {
            if (cached is null) error = "The runtime of this block is unknown to the node";
            return cached;
        }
        RuntimeVersion? version = null;
        try
        {
            version = _executor.Version(header.StateRoot);
        }
        catch (Exception e) when (e is MissingNativeRuntimeException or StateDiscardedException or Kusama.Frame.RuntimeApis.RuntimeApiException)
        {
            error = e.Message;
        }
        if (_versions.Count >= 64) _versions.Clear();
        _versions[header.StateRoot] = version;
        return version;
    }

    private static void WriteRuntime(Utf8JsonWriter writer, RuntimeVersion? runtime, string? error)
    {
        if (runtime is not null) RuntimeEventJson.WriteValid(writer, runtime);
        else RuntimeEventJson.WriteInvalid(writer, error ?? "The runtime of this block is unknown to the node");
    }

    private static void WriteHashes(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Hash256[] hashes)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (Hash256 hash in hashes) writer.WriteStringValue(hash.ToString());
        writer.WriteEndArray();
    }
}
