using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.Runtime.Executive;
using Kusama.Scale;

namespace Kusama.Runtime.Apis;

/// <summary>
/// Kusama's <c>impl_runtime_apis!</c>: the <c>state_call</c> methods by name over one state. Adding an API is one
/// <see cref="Register"/> per method (each API class has a <c>Register</c> listing its methods).
/// </summary>
public sealed class KusamaRuntimeApi : IRuntimeApi
{
    private readonly Dictionary<string, RuntimeApiMethod> _methods = new(StringComparer.Ordinal);

    public KusamaRuntimeApi(IStorage storage, RuntimeConfig? config = null, IStorageRoot? storageRoot = null)
    {
        Executive = new Executive.Executive(new KusamaRuntime(storage, config), storageRoot);
        CoreApi.Register(this);
        BlockBuilderApi.Register(this);
        TaggedTransactionQueueApi.Register(this);
        AccountNonceApi.Register(this);
        MetadataApi.Register(this);
        TransactionPaymentApi.Register(this);
        GenesisBuilderApi.Register(this);
    }

    /// <summary>The executive the methods run on.</summary>
    public Executive.Executive Executive { get; }

    public RuntimeVersion Version => Executive.Runtime.Config.System.Version;

    /// <summary>Adds <paramref name="method"/> (<c>Trait_method</c>); a name may be registered once.</summary>
    public void Register(string method, RuntimeApiMethod handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_methods.TryAdd(method, handler)) throw new InvalidOperationException($"Runtime API method {method} is already registered.");
    }

    public bool Has(string method) => _methods.ContainsKey(method);

    public byte[] Call(string method, ReadOnlySpan<byte> args)
    {
        if (!_methods.TryGetValue(method, out RuntimeApiMethod? handler))
            throw new RuntimeApiException(method, $"the runtime {Version.SpecName} {Version.SpecVersion} has no such runtime API method.");
        try
        {
            return handler(Executive, args);
        }
        catch (ScaleDecodeException exception)
        {
            throw new RuntimeApiException(method, $"could not decode the arguments: {exception.Message}", exception);
        }
        catch (BlockExecutionException exception)
        {
            throw new RuntimeApiException(method, exception.Message, exception);
        }
        catch (Genesis.GenesisConfigException exception)
        {
            throw new RuntimeApiException(method, exception.Message, exception);
        }
        catch (InvalidOperationException exception)
        {
            // What would be a runtime panic in Substrate (e.g. missing inherent data): the call fails, the node carries on.
            throw new RuntimeApiException(method, exception.Message, exception);
        }
    }
}
