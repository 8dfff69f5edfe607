using Kusama.Frame.RuntimeApis;
using Kusama.Frame.Storage;

namespace Kusama.Runtime.NativeRuntime;

/// <summary>Creates a native runtime's API over one state (the storage of a block or call, and how to compute its root).</summary>
public delegate IRuntimeApi NativeRuntimeFactory(IStorage storage, IStorageRoot storageRoot);
