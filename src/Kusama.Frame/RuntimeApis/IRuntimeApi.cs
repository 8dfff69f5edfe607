using Kusama.Frame.Primitives;

namespace Kusama.Frame.RuntimeApis;

/// <summary>
/// A runtime's <c>state_call</c> entry points over one state (the native twin of <c>impl_runtime_apis!</c>): the node's
/// RPC, block builder, import pipeline and transaction pool reach the runtime only through this.
/// </summary>
public interface IRuntimeApi
{
    /// <summary>The version of the runtime answering the calls (what <c>Core_version</c> returns).</summary>
    RuntimeVersion Version { get; }

    /// <summary>True when <paramref name="method"/> (e.g. <c>Core_version</c>) is served.</summary>
    bool Has(string method);

    /// <summary>
    /// Calls <paramref name="method"/> with its SCALE-encoded arguments and returns its SCALE-encoded output.
    /// </summary>
    /// <exception cref="RuntimeApiException">The method is unknown, its arguments do not decode, or the call cannot complete (an invalid block).</exception>
    byte[] Call(string method, ReadOnlySpan<byte> args);
}
