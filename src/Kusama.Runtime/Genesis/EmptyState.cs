using Kusama.State;

namespace Kusama.Runtime.Genesis;

/// <summary>The state before genesis: nothing stored.</summary>
internal sealed class EmptyState : IStateReader
{
    public static EmptyState Instance { get; } = new();

    public byte[]? Get(ReadOnlySpan<byte> key) => null;

    public byte[]? NextKey(ReadOnlySpan<byte> key) => null;

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;
}
