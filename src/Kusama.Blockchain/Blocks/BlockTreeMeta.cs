using System.Buffers.Binary;
using Kusama.Core;
using Kusama.Scale;
using Kusama.Frame.Primitives;

namespace Kusama.Blockchain.Blocks;

/// <summary>The block tree's <see cref="Kusama.Db.DbColumn.Meta"/> keys and the encodings of its pointers.</summary>
internal static class BlockTreeMeta
{
    public static ReadOnlySpan<byte> GenesisKey => "BlockTreeGenesis"u8;

    public static ReadOnlySpan<byte> BestKey => "BlockTreeBest"u8;

    public static ReadOnlySpan<byte> FinalizedKey => "BlockTreeFinalized"u8;

    public static ReadOnlySpan<byte> LeavesKey => "BlockTreeLeaves"u8;

    /// <summary><see cref="Kusama.Db.DbColumn.BlockNumberToHash"/> key: the number big-endian, so byte order is numeric order.</summary>
    public static byte[] NumberKey(uint number)
    {
        var key = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(key, number);
        return key;
    }

    public static byte[] EncodeInfo(BlockInfo info)
    {
        var value = new byte[36];
        info.Hash.Bytes.CopyTo(value);
        BinaryPrimitives.WriteUInt32LittleEndian(value.AsSpan(32), info.Number);
        return value;
    }

    public static BlockInfo DecodeInfo(ReadOnlySpan<byte> value)
    {
        if (value.Length != 36) throw new Kusama.Db.DatabaseException($"A block-tree pointer is {value.Length} bytes, not 36; the database is damaged.");
        return new BlockInfo(new Hash256(value[..32]), BinaryPrimitives.ReadUInt32LittleEndian(value[32..]));
    }

    public static byte[] EncodeLeaves(IReadOnlyList<BlockInfo> leaves)
    {
        var value = new byte[36 * leaves.Count];
        for (int i = 0; i < leaves.Count; i++) EncodeInfo(leaves[i]).CopyTo(value, 36 * i);
        return value;
    }

    public static List<BlockInfo> DecodeLeaves(ReadOnlySpan<byte> value)
    {
        if (value.Length % 36 != 0) throw new Kusama.Db.DatabaseException("The block-tree leaves are malformed; the database is damaged.");
        var leaves = new List<BlockInfo>(value.Length / 36);
        for (int i = 0; i < value.Length; i += 36) leaves.Add(DecodeInfo(value.Slice(i, 36)));
        return leaves;
    }

    /// <summary>A block body as stored: <c>Vec&lt;extrinsic&gt;</c>, each extrinsic with its own length prefix.</summary>
    public static byte[] EncodeBody(byte[][] extrinsics) => Block.EncodeExtrinsics(extrinsics);

    public static byte[][] DecodeBody(ReadOnlySpan<byte> value)
    {
        var reader = new ScaleReader(value);
        return Block.ReadExtrinsics(ref reader);
    }
}
