using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Runtime.Apis;

/// <summary>sp-api <c>Core</c> (version 5): <c>version</c>, <c>execute_block</c>, <c>initialize_block</c>.</summary>
public static class CoreApi
{
    /// <summary><c>Core_version</c>: () → RuntimeVersion.</summary>
    public static byte[] Version(Executive.Executive executive, ReadOnlySpan<byte> args) => executive.Runtime.Config.System.Version.Encode();

    /// <summary><c>Core_execute_block</c>: Block → (); an invalid block is an error, not an output.</summary>
    public static byte[] ExecuteBlock(Executive.Executive executive, ReadOnlySpan<byte> args)
    {
        executive.ExecuteBlock(ScaleCodec.Decode<Block>(args));
        return [];
    }

    /// <summary><c>Core_initialize_block</c>: Header → ExtrinsicInclusionMode (u8).</summary>
    public static byte[] InitializeBlock(Executive.Executive executive, ReadOnlySpan<byte> args) =>
        [(byte)executive.InitializeBlock(ScaleCodec.Decode<Header>(args))];

    /// <summary>Registers the Core methods.</summary>
    public static void Register(KusamaRuntimeApi api)
    {
        api.Register("Core_version", Version);
        api.Register("Core_execute_block", ExecuteBlock);
        api.Register("Core_initialize_block", InitializeBlock);
    }
}
