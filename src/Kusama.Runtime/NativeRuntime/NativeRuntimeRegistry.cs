using Kusama.Frame.Primitives;
using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;
using Kusama.Runtime.Apis;

namespace Kusama.Runtime.NativeRuntime;

/// <summary>
/// The native runtime versions this node has compiled in, by (spec_name, spec_version). A <c>:code</c> descriptor naming
/// a version found here can be set and executed; one naming another version cannot (set_code fails with
/// FailedToExtractRuntimeVersion, and import stops with a <see cref="MissingNativeRuntimeException"/>).
/// </summary>
public sealed class NativeRuntimeRegistry
{
    private readonly Dictionary<(string, uint), (RuntimeVersion Version, NativeRuntimeFactory Factory)> _runtimes = [];

    /// <summary>The runtimes compiled into this build: Kusama v1.7.1.</summary>
    public static NativeRuntimeRegistry Compiled { get; } = CreateCompiled();

    /// <summary>Adds a native runtime; a version may be registered once.</summary>
    public void Register(RuntimeVersion version, NativeRuntimeFactory factory)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_runtimes.TryAdd((version.SpecName, version.SpecVersion), (version, factory)))
            throw new InvalidOperationException($"Runtime {version.SpecName} {version.SpecVersion} is already registered.");
    }

    /// <summary>True when this node can run <paramref name="specName"/> <paramref name="specVersion"/>.</summary>
    public bool Contains(string specName, uint specVersion) => _runtimes.ContainsKey((specName, specVersion));

    /// <summary>System's <c>ReadRuntimeVersion</c>: the version a <c>:code</c> value describes, or null unless it is a descriptor of a runtime compiled in.</summary>
    public RuntimeVersion? ReadRuntimeVersion(byte[] code) =>
        NativeRuntimeDescriptor.TryRead(code, out RuntimeVersion declared) && _runtimes.TryGetValue((declared.SpecName, declared.SpecVersion), out var entry)
            ? entry.Version
            : null;

    /// <summary>The runtime <paramref name="code"/> (a state's <c>:code</c>) activates, over <paramref name="storage"/>.</summary>
    /// <exception cref="MissingNativeRuntimeException">The code names a runtime this node lacks, or is not a native descriptor.</exception>
    public IRuntimeApi Open(ReadOnlySpan<byte> code, IStorage storage, IStorageRoot storageRoot)
    {
        if (!NativeRuntimeDescriptor.TryRead(code, out RuntimeVersion declared))
            throw new MissingNativeRuntimeException("The state's :code is not a Kusama.NET native runtime descriptor: this node runs no Wasm runtimes.");
        if (!_runtimes.TryGetValue((declared.SpecName, declared.SpecVersion), out var entry))
            throw new MissingNativeRuntimeException(declared.SpecName, declared.SpecVersion);
        return entry.Factory(storage, storageRoot);
    }

    private static NativeRuntimeRegistry CreateCompiled()
    {
        var registry = new NativeRuntimeRegistry();
        registry.Register(KusamaRuntime.Version, static (storage, root) => new KusamaRuntimeApi(storage, RuntimeConfig.Kusama, root));
        return registry;
    }
}
