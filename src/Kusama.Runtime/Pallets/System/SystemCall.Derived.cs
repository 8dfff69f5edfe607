using Kusama.Core;
using Kusama.Scale;
using Kusama.Scale.Codecs;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>Call</c>: one record per [Call] method of <see cref="SystemPallet"/>, with its index and arguments.</summary>
// Derived from SystemPallet.Calls.cs: variant, field order and encodings follow the [Call] methods.
public abstract record SystemCall : IScaleCodec<SystemCall>
{
    /// <summary>Bound on a remark or code blob: 5 MiB, the block length limit (nothing larger fits in a block).</summary>
    private const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Bound on the item count of set_storage / kill_storage; each item takes at least 1 byte, so the block length bounds it too.</summary>
    private const int MaxItems = MaxBytes;

    private SystemCall()
    {
    }

    [ScaleIndex(0)]
    public sealed record Remark(byte[] RemarkBytes) : SystemCall;

    [ScaleIndex(1)]
    public sealed record SetHeapPages(ulong Pages) : SystemCall;

    [ScaleIndex(2)]
    public sealed record SetCode(byte[] Code) : SystemCall;

    [ScaleIndex(3)]
    public sealed record SetCodeWithoutChecks(byte[] Code) : SystemCall;

    [ScaleIndex(4)]
    public sealed record SetStorage((byte[] Key, byte[] Value)[] Items) : SystemCall;

    [ScaleIndex(5)]
    public sealed record KillStorage(byte[][] Keys) : SystemCall;

    [ScaleIndex(6)]
    public sealed record KillPrefix(byte[] Prefix, uint Subkeys) : SystemCall;

    [ScaleIndex(7)]
    public sealed record RemarkWithEvent(byte[] RemarkBytes) : SystemCall;

    [ScaleIndex(9)]
    public sealed record AuthorizeUpgrade(Hash256 CodeHash) : SystemCall;

    [ScaleIndex(10)]
    public sealed record AuthorizeUpgradeWithoutChecks(Hash256 CodeHash) : SystemCall;

    [ScaleIndex(11)]
    public sealed record ApplyAuthorizedUpgrade(byte[] Code) : SystemCall;

    public static SystemCall Decode(ref ScaleReader reader)
    {
        int at = reader.Position;
        byte index = reader.ReadByte();
        switch (index)
        {
            case 0: return new Remark(reader.ReadLengthPrefixedBytes(MaxBytes).ToArray());
            case 1: return new SetHeapPages(reader.ReadUInt64());
            case 2: return new SetCode(reader.ReadLengthPrefixedBytes(MaxBytes).ToArray());
            case 3: return new SetCodeWithoutChecks(reader.ReadLengthPrefixedBytes(MaxBytes).ToArray());
            case 4:
                {
                    int count = reader.ReadCompactLength(MaxItems, "set_storage.items", 2);
                    var items = new (byte[], byte[])[count];
                    for (int i = 0; i < count; i++)
                    {
                        byte[] key = reader.ReadLengthPrefixedBytes(MaxBytes).ToArray();
                        items[i] = (key, reader.ReadLengthPrefixedBytes(MaxBytes).ToArray());
                    }
                    return new SetStorage(items);
                }
            case 5:
                {
                    int count = reader.ReadCompactLength(MaxItems, "kill_storage.keys", 1);
                    var keys = new byte[count][];
                    for (int i = 0; i < count; i++) keys[i] = reader.ReadLengthPrefixedBytes(MaxBytes).ToArray();
                    return new KillStorage(keys);
                }
            case 6:
                {
                    byte[] prefix = reader.ReadLengthPrefixedBytes(MaxBytes).ToArray();
                    return new KillPrefix(prefix, reader.ReadUInt32());
                }
            case 7: return new RemarkWithEvent(reader.ReadLengthPrefixedBytes(MaxBytes).ToArray());
            case 9: return new AuthorizeUpgrade(Hash256Codec.Decode(ref reader));
            case 10: return new AuthorizeUpgradeWithoutChecks(Hash256Codec.Decode(ref reader));
            case 11: return new ApplyAuthorizedUpgrade(reader.ReadLengthPrefixedBytes(MaxBytes).ToArray());
            default:
                ScaleReader.Throw($"Unknown System call index {index}.", at);
                return null!;
        }
    }

    public static void Encode<TWriter>(in SystemCall value, ref TWriter writer) where TWriter : IScaleWriter, allows ref struct
    {
        switch (value)
        {
            case Remark c: Bytes(ref writer, 0, c.RemarkBytes); break;
            case SetHeapPages c:
                ScaleWriter.WriteByte(ref writer, 1);
                ScaleWriter.WriteUInt64(ref writer, c.Pages);
                break;
            case SetCode c: Bytes(ref writer, 2, c.Code); break;
            case SetCodeWithoutChecks c: Bytes(ref writer, 3, c.Code); break;
            case SetStorage c:
                ScaleWriter.WriteByte(ref writer, 4);
                ScaleWriter.WriteCompact(ref writer, (uint)c.Items.Length);
                foreach ((byte[] key, byte[] item) in c.Items)
                {
                    ScaleWriter.WriteLengthPrefixedBytes(ref writer, key);
                    ScaleWriter.WriteLengthPrefixedBytes(ref writer, item);
                }
                break;
            case KillStorage c:
                ScaleWriter.WriteByte(ref writer, 5);
                ScaleWriter.WriteCompact(ref writer, (uint)c.Keys.Length);
                foreach (byte[] key in c.Keys) ScaleWriter.WriteLengthPrefixedBytes(ref writer, key);
                break;
            case KillPrefix c:
                Bytes(ref writer, 6, c.Prefix);
                ScaleWriter.WriteUInt32(ref writer, c.Subkeys);
                break;
            case RemarkWithEvent c: Bytes(ref writer, 7, c.RemarkBytes); break;
            case AuthorizeUpgrade c:
                ScaleWriter.WriteByte(ref writer, 9);
                Hash256Codec.Encode(c.CodeHash, ref writer);
                break;
            case AuthorizeUpgradeWithoutChecks c:
                ScaleWriter.WriteByte(ref writer, 10);
                Hash256Codec.Encode(c.CodeHash, ref writer);
                break;
            case ApplyAuthorizedUpgrade c: Bytes(ref writer, 11, c.Code); break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value, "Not a System call variant.");
        }
    }

    public static int GetEncodedSize(in SystemCall value) => 1 + value switch
    {
        Remark c => BytesSize(c.RemarkBytes),
        SetHeapPages => 8,
        SetCode c => BytesSize(c.Code),
        SetCodeWithoutChecks c => BytesSize(c.Code),
        SetStorage c => ItemsSize(c.Items),
        KillStorage c => KeysSize(c.Keys),
        KillPrefix c => BytesSize(c.Prefix) + 4,
        RemarkWithEvent c => BytesSize(c.RemarkBytes),
        AuthorizeUpgrade or AuthorizeUpgradeWithoutChecks => 32,
        ApplyAuthorizedUpgrade c => BytesSize(c.Code),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a System call variant."),
    };

    private static void Bytes<TWriter>(ref TWriter writer, byte index, byte[] bytes) where TWriter : IScaleWriter, allows ref struct
    {
        ScaleWriter.WriteByte(ref writer, index);
        ScaleWriter.WriteLengthPrefixedBytes(ref writer, bytes);
    }

    private static int BytesSize(byte[] bytes) => ScaleWriter.CompactSize((uint)bytes.Length) + bytes.Length;

    private static int ItemsSize((byte[] Key, byte[] Value)[] items)
    {
        int size = ScaleWriter.CompactSize((uint)items.Length);
        foreach ((byte[] key, byte[] value) in items) size += BytesSize(key) + BytesSize(value);
        return size;
    }

    private static int KeysSize(byte[][] keys)
    {
        int size = ScaleWriter.CompactSize((uint)keys.Length);
        foreach (byte[] key in keys) size += BytesSize(key);
        return size;
    }
}
