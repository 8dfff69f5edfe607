namespace Kusama.Db.Memory;

/// <summary>The kinds of operation a <see cref="MemoryWriteBatch"/> records.</summary>
internal enum MemoryOperationKind
{
    Put,
    Delete,
    DeleteRange,
}
