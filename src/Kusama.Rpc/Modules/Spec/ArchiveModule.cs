using Kusama.Blockchain.Blocks;
using Kusama.Blockchain.Execution;
using Kusama.Core;
using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Rpc.Modules.Spec;

/// <summary>
/// <c>archive_v1_*</c> (sc-rpc-spec-v2's <c>Archive</c>): any kept block by hash or height — header, body, runtime calls —
/// without following the chain. Storage queries are not served yet.
/// </summary>
public sealed class ArchiveModule
{
    private readonly BlockTree _tree;
    private readonly RuntimeExecutor _executor;

    public ArchiveModule(BlockTree tree, RuntimeExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(executor);
        _tree = tree;
        _executor = executor;
    }

    public RpcModule CreateModule()
    {
        var module = new RpcModule();
        module.AddMethod("archive_v1_finalizedHeight", (_, _) => _tree.FinalizedBlock.Number);
        module.AddMethod("archive_v1_genesisHash", (_, _) => _tree.Genesis.ToString());
        module.AddMethod("archive_v1_hashByHeight", HashByHeight);
        module.AddMethod("archive_v1_header", Header);
        module.AddMethod("archive_v1_body", Body);
        module.AddAsyncMethod("archive_v1_call", CallAsync);
        return module;
    }

    /// <summary>The finalized block at a finalized height; every known block at a higher one (forks included).</summary>
    private RpcResult HashByHeight(RpcParams parameters, RpcContext context)
    {
        uint height = parameters.GetU32(0, "height");
        var hashes = new List<Hash256>();
        if (height <= _tree.FinalizedBlock.Number)
        {
            if (_tree.GetHash(height) is { } canonical) hashes.Add(canonical);
        }
        else
        {
            var seen = new HashSet<Hash256>();
            foreach (BlockInfo leaf in _tree.Leaves)
            {
                if (leaf.Number < height) continue;
                Hash256 hash = leaf.Hash;
                uint number = leaf.Number;
                while (number > height && _tree.GetHeader(hash) is { } header)
                {
                    hash = header.ParentHash;
                    number--;
                }
                if (number == height && seen.Add(hash)) hashes.Add(hash);
            }
        }
        Hash256[] result = [.. hashes];
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (Hash256 hash in result) writer.WriteStringValue(hash.ToString());
            writer.WriteEndArray();
        });
    }

    private RpcResult Header(RpcParams parameters, RpcContext context)
    {
        Header? header = _tree.GetHeader(parameters.GetHash(0, "hash"));
        return header is null ? RpcResult.Null : RpcResult.Hex(ScaleCodec.Encode(header));
    }

    private RpcResult Body(RpcParams parameters, RpcContext context)
    {
        byte[][]? body = _tree.GetBody(parameters.GetHash(0, "hash"));
        if (body is null) return RpcResult.Null;
        return RpcResult.Json(writer =>
        {
            writer.WriteStartArray();
            foreach (byte[] extrinsic in body) writer.WriteHexValue(extrinsic);
            writer.WriteEndArray();
        });
    }

    /// <summary><c>{"success":true,"value":"0x…"}</c>, or <c>{"success":false,"error":…}</c> when the runtime or the block refuses.</summary>
    private async ValueTask<RpcResult> CallAsync(RpcParams parameters, RpcContext context)
    {
        Hash256 hash = parameters.GetHash(0, "hash");
        string function = parameters.GetString(1, "function");
        byte[] arguments = SpecHex.Parse(parameters.GetString(2, "callParameters"));
        Header? header = _tree.GetHeader(hash);
        string? error = header is null ? $"UnknownBlock: Header was not found in the database: {hash}" : null;
        byte[]? output = null;
        if (header is not null)
        {
            try
            {
                output = await Task.Run(() => _executor.Call(header.StateRoot, function, arguments)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Kusama.Frame.RuntimeApis.RuntimeApiException or Kusama.State.StateDiscardedException
                or Kusama.Runtime.NativeRuntime.MissingNativeRuntimeException)
            {
                error = e.Message;
            }
        }
        return RpcResult.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success"u8, output is not null);
            if (output is not null) writer.WriteHex("value", output);
            else writer.WriteString("error"u8, error);
            writer.WriteEndObject();
        });
    }
}
