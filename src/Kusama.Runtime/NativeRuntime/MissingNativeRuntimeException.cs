namespace Kusama.Runtime.NativeRuntime;

/// <summary>The chain activated a runtime version this node was not built with: the node must stop importing and be upgraded.</summary>
public sealed class MissingNativeRuntimeException : Exception
{
    public MissingNativeRuntimeException(string specName, uint specVersion)
        : base($"This node lacks runtime {specName} {specVersion}: upgrade Kusama.NET to a release that includes it.")
    {
        SpecName = specName;
        SpecVersion = specVersion;
    }

    public MissingNativeRuntimeException(string message) : base(message)
    {
        SpecName = "";
    }

    public string SpecName { get; }

    public uint SpecVersion { get; }
}
