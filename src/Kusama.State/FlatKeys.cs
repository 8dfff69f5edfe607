using System.Buffers.Binary;

namespace Kusama.State;

/// <summary>
/// Keys of the flat snapshot in <see cref="Kusama.Db.DbColumn.StateFlat"/>: <c>0x00 ++ key</c> for the top trie,
/// <c>0x01 ++ u32-BE length of child key ++ child key ++ key</c> for a default child trie, so the spaces never overlap.
/// </summary>
internal static class FlatKeys
{
    public const byte TopTag = 0;
    public const byte ChildTag = 1;

    public static int TopLength(ReadOnlySpan<byte> key) => 1 + key.Length;

    public static void WriteTop(ReadOnlySpan<byte> key, Span<byte> destination)
    {
        destination[0] = TopTag;
        key.CopyTo(destination[1..]);
    }

    public static byte[] Top(ReadOnlySpan<byte> key)
    {
        var flat = new byte[TopLength(key)];
        WriteTop(key, flat);
        return flat;
    }

    public static int ChildPrefixLength(ReadOnlySpan<byte> childKey) => 5 + childKey.Length;

    public static void WriteChild(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key, Span<byte> destination)
    {
        destination[0] = ChildTag;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)childKey.Length);
        childKey.CopyTo(destination[5..]);
        key.CopyTo(destination[(5 + childKey.Length)..]);
    }

    public static byte[] Child(ReadOnlySpan<byte> childKey, ReadOnlySpan<byte> key)
    {
        var flat = new byte[ChildPrefixLength(childKey) + key.Length];
        WriteChild(childKey, key, flat);
        return flat;
    }
}
