namespace Kusama.State;

/// <summary>The state before genesis: nothing stored.</summary>
public sealed class EmptyState : IStateReader
{
    public static EmptyState Instance { get; } = new();

    public byte[]? Get(ReadOnlySpan<byte> key) => null;

    public byte[]? NextKey(ReadOnlySpan<byte> key) => null;

    public byte[]? GetChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;

    public byte[]? NextChildKey(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key) => null;
}
