using System.Buffers.Binary;
using Kusama.Frame.Primitives;

namespace Kusama.Consensus.Babe;

/// <summary>
/// sp-consensus-babe <c>PreDigest</c>, the BABE pre-runtime digest item of every block: which authority claimed which
/// slot and how (<c>Primary = 1</c> with a VRF, <c>SecondaryPlain = 2</c>, <c>SecondaryVRF = 3</c>). Only the fields all
/// kinds share are read: the authority index (u32) and the slot (u64), which lead every variant.
/// </summary>
public readonly record struct BabePreDigest(BabePreDigestKind Kind, uint AuthorityIndex, ulong Slot)
{
    /// <summary>The consensus engine id <c>BABE</c>.</summary>
    public static ReadOnlySpan<byte> EngineId => "BABE"u8;

    /// <summary>A <c>SecondaryPlain</c> claim of <paramref name="slot"/> by authority <paramref name="authorityIndex"/>.</summary>
    public static BabePreDigest SecondaryPlain(uint authorityIndex, ulong slot) => new(BabePreDigestKind.SecondaryPlain, authorityIndex, slot);

    /// <summary>The digest item <c>PreRuntime("BABE", encoded)</c>; only secondary-plain claims carry no VRF and can be built here.</summary>
    public DigestItem ToDigestItem()
    {
        if (Kind != BabePreDigestKind.SecondaryPlain) throw new InvalidOperationException("Only secondary-plain BABE claims can be encoded without a VRF proof.");
        var data = new byte[13];
        data[0] = (byte)Kind;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), AuthorityIndex);
        BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(5), Slot);
        return new DigestItem.PreRuntime(EngineId.ToArray(), data);
    }

    /// <summary>The BABE claim in <paramref name="header"/>'s digest; false when there is none or it is malformed.</summary>
    public static bool TryFind(Header header, out BabePreDigest preDigest)
    {
        preDigest = default;
        bool found = false;
        foreach (DigestItem item in header.Digest)
        {
            if (item is not DigestItem.PreRuntime pre || !pre.EngineId.AsSpan().SequenceEqual(EngineId)) continue;
            // Two BABE claims in one header make it invalid.
            if (found) return false;
            if (!TryDecode(pre.Data, out preDigest)) return false;
            found = true;
        }
        return found;
    }

    private static bool TryDecode(ReadOnlySpan<byte> data, out BabePreDigest preDigest)
    {
        preDigest = default;
        if (data.Length < 13) return false;
        var kind = (BabePreDigestKind)data[0];
        int expected = kind switch
        {
            BabePreDigestKind.Primary or BabePreDigestKind.SecondaryVrf => 13 + 32 + 64,
            BabePreDigestKind.SecondaryPlain => 13,
            _ => -1,
        };
        if (data.Length != expected) return false;
        preDigest = new BabePreDigest(kind, BinaryPrimitives.ReadUInt32LittleEndian(data[1..]), BinaryPrimitives.ReadUInt64LittleEndian(data[5..]));
        return true;
    }
}
