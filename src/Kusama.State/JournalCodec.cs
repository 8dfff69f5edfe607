using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Db;

namespace Kusama.State;

/// <summary>
/// Keys and records of the state-pruning journal (<see cref="DbColumn.StateJournal"/>) and the state metadata in <see cref="DbColumn.Meta"/>.
/// </summary>
/// <remarks>
/// <c>'b' ++ block hash</c> → number (u32 LE) ++ state root: the blocks whose state is kept.
/// <c>'n' ++ number (u32 BE) ++ block hash</c> → <see cref="PendingBlock"/>: a block not yet finalized, with the nodes it
/// inserted, the references it dropped and its flat-snapshot changes.
/// <c>'p' ++ number (u32 BE)</c> → parent hash ++ dropped references: a finalized block whose dropped references are
/// released (and its parent's state discarded) when it leaves the pruning window.
/// Big-endian numbers make the column's byte order the block order.
/// </remarks>
internal static class JournalCodec
{
    public const byte IndexTag = (byte)'b';
    public const byte PendingTag = (byte)'n';
    public const byte PrunableTag = (byte)'p';

    public static ReadOnlySpan<byte> PruningKey => "StatePruning"u8;
    public static ReadOnlySpan<byte> FinalizedKey => "StateFinalized"u8;

    public static byte[] IndexKey(Hash256 block)
    {
        var key = new byte[33];
        key[0] = IndexTag;
        block.Bytes.CopyTo(key.AsSpan(1));
        return key;
    }

    public static byte[] PendingKey(uint number, Hash256 block)
    {
        var key = new byte[37];
        key[0] = PendingTag;
        BinaryPrimitives.WriteUInt32BigEndian(key.AsSpan(1), number);
        block.Bytes.CopyTo(key.AsSpan(5));
        return key;
    }

    public static byte[] PrunableKey(uint number)
    {
        var key = new byte[5];
        key[0] = PrunableTag;
        BinaryPrimitives.WriteUInt32BigEndian(key.AsSpan(1), number);
        return key;
    }

    public static uint NumberOf(ReadOnlySpan<byte> journalKey) => BinaryPrimitives.ReadUInt32BigEndian(journalKey[1..]);

    public static byte[] EncodeIndex(uint number, Hash256 root)
    {
        var value = new byte[36];
        BinaryPrimitives.WriteUInt32LittleEndian(value, number);
        root.Bytes.CopyTo(value.AsSpan(4));
        return value;
    }

    public static bool TryDecodeIndex(ReadOnlySpan<byte> value, out uint number, out Hash256 root)
    {
        number = 0;
        root = default;
        if (value.Length != 36) return false;
        number = BinaryPrimitives.ReadUInt32LittleEndian(value);
        root = new Hash256(value[4..]);
        return true;
    }

    /// <summary>Finalized block: number (u32 LE) ++ hash ++ state root.</summary>
    public static byte[] EncodeFinalized(uint number, Hash256 hash, Hash256 root)
    {
        var value = new byte[68];
        BinaryPrimitives.WriteUInt32LittleEndian(value, number);
        hash.Bytes.CopyTo(value.AsSpan(4));
        root.Bytes.CopyTo(value.AsSpan(36));
        return value;
    }

    public static FinalizedBlock DecodeFinalized(ReadOnlySpan<byte> value)
    {
        if (value.Length != 68) throw new DatabaseException($"The finalized-state record in the database has {value.Length} bytes, not 68; the database is damaged.");
        return new FinalizedBlock(BinaryPrimitives.ReadUInt32LittleEndian(value), new Hash256(value.Slice(4, 32)), new Hash256(value.Slice(36, 32)));
    }

    public static byte[] EncodePruning(PruningMode mode)
    {
        var value = new byte[5];
        value[0] = (byte)mode.Kind;
        BinaryPrimitives.WriteUInt32LittleEndian(value.AsSpan(1), mode.Blocks);
        return value;
    }

    public static PruningMode DecodePruning(ReadOnlySpan<byte> value)
    {
        if (value.Length != 5) throw new DatabaseException("The stored state-pruning mode is malformed; the database is damaged.");
        uint blocks = BinaryPrimitives.ReadUInt32LittleEndian(value[1..]);
        return (PruningKind)value[0] switch
        {
            PruningKind.ArchiveAll => PruningMode.ArchiveAll,
            PruningKind.ArchiveCanonical => PruningMode.ArchiveCanonical,
            PruningKind.Constrained when blocks > 0 => PruningMode.Constrained(blocks),
            _ => throw new DatabaseException("The stored state-pruning mode is unknown; the database is damaged or from a newer version."),
        };
    }

    public static byte[] EncodePending(PendingBlock block)
    {
        // Sized exactly first: a block's journal runs to megabytes, and a growing buffer would copy it several times over.
        int size = 32 + 32 + 4 + 32 * block.Inserted.Count + 4 + 32 * block.Obsolete.Count + 4;
        foreach (KeyValuePair<byte[], byte[]?> change in block.FlatChanges)
            size += 4 + change.Key.Length + 4 + (change.Value?.Length ?? 0);

        byte[] encoded = GC.AllocateUninitializedArray<byte>(size);
        Span<byte> rest = encoded;
        WriteHash(ref rest, block.Parent);
        WriteHash(ref rest, block.StateRoot);
        WriteHashes(ref rest, block.Inserted);
        WriteHashes(ref rest, block.Obsolete);
        WriteU32(ref rest, (uint)block.FlatChanges.Count);
        foreach (KeyValuePair<byte[], byte[]?> change in block.FlatChanges)
        {
            WriteBytes(ref rest, change.Key);
            if (change.Value is null) WriteU32(ref rest, uint.MaxValue);
            else WriteBytes(ref rest, change.Value);
        }
        return encoded;
    }

    private static void WriteHash(ref Span<byte> rest, Hash256 hash)
    {
        hash.Bytes.CopyTo(rest);
        rest = rest[32..];
    }

    private static void WriteHashes(ref Span<byte> rest, List<Hash256> hashes)
    {
        WriteU32(ref rest, (uint)hashes.Count);
        foreach (Hash256 hash in hashes) WriteHash(ref rest, hash);
    }

    private static void WriteU32(ref Span<byte> rest, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(rest, value);
        rest = rest[4..];
    }

    private static void WriteBytes(ref Span<byte> rest, byte[] bytes)
    {
        WriteU32(ref rest, (uint)bytes.Length);
        bytes.CopyTo(rest);
        rest = rest[bytes.Length..];
    }

    public static PendingBlock DecodePending(ReadOnlySpan<byte> value, bool withChanges)
    {
        var reader = new Reader(value);
        Hash256 parent = reader.Hash();
        Hash256 root = reader.Hash();
        List<Hash256> inserted = reader.Hashes();
        List<Hash256> obsolete = reader.Hashes();
        var changes = new List<KeyValuePair<byte[], byte[]?>>();
        if (withChanges)
        {
            uint count = reader.U32();
            for (uint i = 0; i < count; i++)
            {
                byte[] key = reader.Bytes()!;
                changes.Add(new(key, reader.Bytes()));
            }
        }
        return new PendingBlock(parent, root, inserted, obsolete, changes);
    }

    public static byte[] EncodePrunable(Hash256 parent, List<Hash256> obsolete)
    {
        byte[] encoded = new byte[32 + 4 + 32 * obsolete.Count];
        Span<byte> rest = encoded;
        WriteHash(ref rest, parent);
        WriteHashes(ref rest, obsolete);
        return encoded;
    }

    public static (Hash256 Parent, List<Hash256> Obsolete) DecodePrunable(ReadOnlySpan<byte> value)
    {
        var reader = new Reader(value);
        return (reader.Hash(), reader.Hashes());
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private ReadOnlySpan<byte> _rest = data;

        public Hash256 Hash() => new(Take(32));

        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public List<Hash256> Hashes()
        {
            uint count = U32();
            if (count > _rest.Length / 32) throw Malformed();
            var hashes = new List<Hash256>((int)count);
            for (uint i = 0; i < count; i++) hashes.Add(Hash());
            return hashes;
        }

        public byte[]? Bytes()
        {
            uint length = U32();
            return length == uint.MaxValue ? null : Take(checked((int)length)).ToArray();
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length < 0 || length > _rest.Length) throw Malformed();
            ReadOnlySpan<byte> taken = _rest[..length];
            _rest = _rest[length..];
            return taken;
        }

        private static DatabaseException Malformed() => new("A state-journal record is truncated or malformed; the database is damaged.");
    }
}
