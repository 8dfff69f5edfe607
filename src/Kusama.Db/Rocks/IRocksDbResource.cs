namespace Kusama.Db.Rocks;

/// <summary>A native object (iterator, snapshot) that must be released before its <see cref="RocksDbStore"/> closes.</summary>
internal interface IRocksDbResource
{
    /// <summary>Frees the native object; idempotent. Called with the store's operation guard held or after it drained.</summary>
    void Release();
}
