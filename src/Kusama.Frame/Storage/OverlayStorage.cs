using Kusama.State;

namespace Kusama.Frame.Storage;

/// <summary><see cref="IStorage"/> over the state layer's <see cref="StorageOverlay"/> (the block being executed).</summary>
public sealed class OverlayStorage : IStorage
{
    /// <summary>Storage writing into <paramref name="overlay"/>.</summary>
    public OverlayStorage(StorageOverlay overlay)
    {
        ArgumentNullException.ThrowIfNull(overlay);
        Overlay = overlay;
    }

    /// <summary>The overlay changes go to.</summary>
    public StorageOverlay Overlay { get; }

    public byte[]? Get(ReadOnlySpan<byte> key) => Overlay.Get(key);

    public bool Exists(ReadOnlySpan<byte> key) => Overlay.Exists(key);

    public void Set(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => Overlay.Set(key, value);

    public void Delete(ReadOnlySpan<byte> key) => Overlay.Delete(key);

    public void Append(ReadOnlySpan<byte> key, ReadOnlySpan<byte> item) => Overlay.Append(key, item);

    public byte[]? NextKey(ReadOnlySpan<byte> key) => Overlay.NextKey(key);

    public MultiRemovalResults ClearPrefix(ReadOnlySpan<byte> prefix, uint? limit = null, byte[]? cursor = null) => Overlay.ClearPrefix(prefix, limit, cursor);

    public int TransactionDepth => Overlay.TransactionDepth;

    public void StartTransaction() => Overlay.StartTransaction();

    public void CommitTransaction() => Overlay.CommitTransaction();

    public void RollbackTransaction() => Overlay.RollbackTransaction();
}
