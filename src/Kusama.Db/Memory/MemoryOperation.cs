namespace Kusama.Db.Memory;

/// <summary>One recorded batch operation; <c>Value</c> is the put value, or the exclusive end key of a range delete.</summary>
internal readonly record struct MemoryOperation(MemoryOperationKind Kind, DbColumn Column, byte[] Key, byte[] Value);
