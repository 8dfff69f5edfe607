using Kusama.Core;
using Kusama.Scale.Codecs;
using Kusama.Frame.Primitives;
using Kusama.Scale.Tests.Examples;

namespace Kusama.Scale.Tests;

public class CollectionTests
{
    private readonly struct Length3 : IConstLength
    {
        public static int Value => 3;
    }

    [Fact]
    public void Vec_u16_matches_the_known_bytes()
    {
        // py-scale-codec's table: [4, 8, 15, 16, 23, 42] = 0x18040008000f00100017002a00.
        ushort[] values = [4, 8, 15, 16, 23, 42];
        byte[] bytes = ScaleCodec.Encode<ushort[], VecCodec<ushort, U16Codec>>(values);
        Assert.Equal("18040008000f00100017002a00", Convert.ToHexStringLower(bytes));
        Assert.Equal(values, ScaleCodec.Decode<ushort[], VecCodec<ushort, U16Codec>>(bytes));
    }

    [Fact]
    public void Vec_u32_round_trips_and_empty_is_one_zero_byte()
    {
        uint[] values = [0, 1, uint.MaxValue];
        Assert.Equal(values, ScaleCodec.Decode<uint[], VecCodec<uint, U32Codec>>(ScaleCodec.Encode<uint[], VecCodec<uint, U32Codec>>(values)));
        Assert.Equal("00", Convert.ToHexStringLower(ScaleCodec.Encode<uint[], VecCodec<uint, U32Codec>>([])));
    }

    [Fact]
    public void Vec_length_is_checked_against_the_remaining_bytes_before_allocating()
    {
        // Compact length 2^30 - 1 of u32 items with only 4 bytes left must fail without allocating ~4 GiB.
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<uint[], VecCodec<uint, U32Codec>>(Hex.Decode("feffffff01000000")));
        Assert.Contains("remain", ex.Message);
        // Two u32 items announced but only 5 bytes remain: bounded by remaining / 4.
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<uint[], VecCodec<uint, U32Codec>>(Hex.Decode("080100000002")));
    }

    [Fact]
    public void BoundedVec_rejects_a_length_above_its_bound()
    {
        var ex = Assert.Throws<ScaleDecodeException>(() =>
            ScaleCodec.Decode<byte[], BoundedVecCodec<byte, U8Codec, Length3>>(Hex.Decode("1001020304")));
        Assert.Contains("limit of 3", ex.Message);
        Assert.Equal([1, 2, 3], ScaleCodec.Decode<byte[], BoundedVecCodec<byte, U8Codec, Length3>>(Hex.Decode("0c010203")));
        Assert.Throws<ArgumentException>(() => ScaleCodec.Encode<byte[], BoundedVecCodec<byte, U8Codec, Length3>>([1, 2, 3, 4]));
    }

    [Fact]
    public void String_and_bytes_share_the_known_encoding()
    {
        // py-scale-codec's table: "Test" = b"Test" = 0x1054657374.
        Assert.Equal("1054657374", Convert.ToHexStringLower(ScaleCodec.Encode<string, StringCodec>("Test")));
        Assert.Equal("1054657374", Convert.ToHexStringLower(ScaleCodec.Encode<byte[], BytesCodec>("Test"u8.ToArray())));
        Assert.Equal("Test", ScaleCodec.Decode<string, StringCodec>(Hex.Decode("1054657374")));
    }

    [Fact]
    public void String_length_counts_utf8_bytes_not_characters()
    {
        // "é" is U+00E9 = UTF-8 c3 a9, so the compact length is 2 (0x08).
        Assert.Equal("08c3a9", Convert.ToHexStringLower(ScaleCodec.Encode<string, StringCodec>("é")));
        Assert.Equal("😀", ScaleCodec.Decode<string, StringCodec>(ScaleCodec.Encode<string, StringCodec>("😀")));
    }

    [Theory]
    [InlineData("04ff")]           // 0xff never appears in UTF-8
    [InlineData("08c328")]         // a broken two-byte sequence
    [InlineData("0ceda080")]       // an encoded surrogate (CESU-8), rejected by Rust's from_utf8
    [InlineData("08c0af")]         // an overlong encoding of '/'
    public void String_rejects_invalid_utf8(string hex)
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<string, StringCodec>(Hex.Decode(hex)));
        Assert.Contains("UTF-8", ex.Message);
    }

    [Fact]
    public void Fixed_byte_array_has_no_prefix()
    {
        // py-scale-codec's table: [u8; 4] b"babe" = 0x62616265.
        Assert.Equal("62616265", Convert.ToHexStringLower(ScaleCodec.Encode<byte[], FixedBytesCodec<ConsensusEngineIdLength>>("babe"u8.ToArray())));
        Assert.Equal("babe"u8.ToArray(), ScaleCodec.Decode<byte[], FixedBytesCodec<ConsensusEngineIdLength>>(Hex.Decode("62616265")));
        Assert.Throws<ArgumentException>(() => ScaleCodec.Encode<byte[], FixedBytesCodec<ConsensusEngineIdLength>>([1, 2, 3]));
    }

    [Fact]
    public void Fixed_array_of_u16_concatenates_the_items()
    {
        ushort[] values = [1, 2, 0xffff];
        byte[] bytes = ScaleCodec.Encode<ushort[], FixedArrayCodec<ushort, U16Codec, Length3>>(values);
        Assert.Equal("01000200ffff", Convert.ToHexStringLower(bytes));
        Assert.Equal(values, ScaleCodec.Decode<ushort[], FixedArrayCodec<ushort, U16Codec, Length3>>(bytes));
    }

    [Fact]
    public void Tuples_concatenate_their_fields()
    {
        Assert.Equal("2a0001", Convert.ToHexStringLower(ScaleCodec.Encode<(ushort, bool), TupleCodec<ushort, bool, U16Codec, BoolCodec>>((42, true))));
        var triple = (1u, "a", (byte)2);
        byte[] bytes = ScaleCodec.Encode<(uint, string, byte), TupleCodec<uint, string, byte, U32Codec, StringCodec, U8Codec>>(triple);
        Assert.Equal("01000000046102", Convert.ToHexStringLower(bytes));
        Assert.Equal(triple, ScaleCodec.Decode<(uint, string, byte), TupleCodec<uint, string, byte, U32Codec, StringCodec, U8Codec>>(bytes));
        var quad = (1u, 2ul, true, (byte)3);
        Assert.Equal(quad, ScaleCodec.Decode<(uint, ulong, bool, byte), TupleCodec<uint, ulong, bool, byte, CompactU32Codec, CompactU64Codec, BoolCodec, U8Codec>>(
            ScaleCodec.Encode<(uint, ulong, bool, byte), TupleCodec<uint, ulong, bool, byte, CompactU32Codec, CompactU64Codec, BoolCodec, U8Codec>>(quad)));
    }

    [Fact]
    public void BTreeMap_encodes_entries_in_key_order()
    {
        var map = new SortedDictionary<uint, string>(ScaleKeyComparer<uint>.Instance) { [2] = "b", [1] = "a" };
        byte[] bytes = ScaleCodec.Encode<SortedDictionary<uint, string>, BTreeMapCodec<uint, string, U32Codec, StringCodec>>(map);
        // compact 2, then (1, "a"), then (2, "b").
        Assert.Equal("08" + "01000000" + "0461" + "02000000" + "0462", Convert.ToHexStringLower(bytes));
        var decoded = ScaleCodec.Decode<SortedDictionary<uint, string>, BTreeMapCodec<uint, string, U32Codec, StringCodec>>(bytes);
        Assert.Equal(map, decoded);
    }

    [Fact]
    public void BTreeMap_decoding_accepts_any_order_and_keeps_the_last_duplicate_as_Rust_does()
    {
        byte[] bytes = Hex.Decode("0c" + "02000000" + "0462" + "01000000" + "0461" + "02000000" + "0463");
        var decoded = ScaleCodec.Decode<SortedDictionary<uint, string>, BTreeMapCodec<uint, string, U32Codec, StringCodec>>(bytes);
        Assert.Equal([1u, 2u], decoded.Keys);
        Assert.Equal("c", decoded[2]);
    }

    [Fact]
    public void BTreeMap_orders_string_keys_by_utf8_bytes()
    {
        // U+FF21 (ef bc a1) sorts before U+1F600 (f0 9f 98 80) by bytes, though UTF-16 ordinal puts the surrogate first.
        var map = new SortedDictionary<string, byte>(ScaleKeyComparer<string>.Instance) { ["😀"] = 1, ["Ａ"] = 2 };
        Assert.Equal(["Ａ", "😀"], map.Keys);
    }

    [Fact]
    public void BTreeSet_round_trips_in_order()
    {
        var set = new SortedSet<uint>([5, 1, 3]);
        byte[] bytes = ScaleCodec.Encode<SortedSet<uint>, BTreeSetCodec<uint, CompactU32Codec>>(set);
        Assert.Equal("0c040c14", Convert.ToHexStringLower(bytes));
        Assert.Equal(set, ScaleCodec.Decode<SortedSet<uint>, BTreeSetCodec<uint, CompactU32Codec>>(bytes));
    }

    [Fact]
    public void BitVec_matches_the_known_bytes()
    {
        // py-scale-codec's table: 0b00000010_01111101 (10 bits) = 0x287d02. Bits in Lsb0 order: 1,0,1,1,1,1,1,0, 0,1.
        bool[] bits = [true, false, true, true, true, true, true, false, false, true];
        BitVec vec = BitVec.FromBools(bits);
        Assert.Equal("287d02", Convert.ToHexStringLower(ScaleCodec.Encode(vec)));
        BitVec decoded = ScaleCodec.Decode<BitVec>(Hex.Decode("287d02"));
        Assert.Equal(10, decoded.Length);
        for (int i = 0; i < bits.Length; i++)
            Assert.Equal(bits[i], decoded[i]);
        Assert.Equal(7, decoded.CountOnes());
    }

    [Fact]
    public void BitVec_keeps_padding_bits_so_reencoding_reproduces_the_input()
    {
        // 3 bits (compact 0x0c) in a byte whose unused high bits are set.
        byte[] input = Hex.Decode("0cff");
        BitVec decoded = ScaleCodec.Decode<BitVec>(input);
        Assert.Equal(3, decoded.CountOnes());
        Assert.Equal(input, ScaleCodec.Encode(decoded));
    }

    [Fact]
    public void BitVec_rejects_a_bit_count_larger_than_the_input()
    {
        Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<BitVec>(Hex.Decode("4101ff")));
    }
}
