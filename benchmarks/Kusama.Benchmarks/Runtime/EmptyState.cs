using Kusama.State;

namespace Kusama.Benchmarks.Runtime;

/// <summary>A backend with no keys: runtime benchmarks keep all their state in the overlay above it.</summary>
public sealed class EmptyState : IStateReader
{
    public byte[]? Get(ReadOnlySpan<byte> key) => null;

    public byte[]? NextKey(ReadOnlySpan<byte> key) => null;

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;
}
