using Kusama.Core;
using Kusama.Scale.Codecs;

namespace Kusama.Scale.Tests;

public class ReaderAndWriterTests
{
    [Fact]
    public void EnsureEnd_rejects_trailing_bytes()
    {
        var ex = Assert.Throws<ScaleDecodeException>(() => ScaleCodec.Decode<byte, U8Codec>([1, 2]));
        Assert.Equal(1, ex.Offset);
        Assert.Contains("trailing", ex.Message);
    }

    [Fact]
    public void Reader_slices_without_copying_and_tracks_position()
    {
        byte[] input = Hex.Decode("0c0102030405");
        var reader = new ScaleReader(input);
        ReadOnlySpan<byte> slice = reader.ReadLengthPrefixedBytes(16);
        Assert.Equal(3, slice.Length);
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(slice), ref input[1]));
        Assert.Equal(4, reader.Position);
        Assert.Equal(2, reader.Remaining);
        Span<byte> fixedBytes = stackalloc byte[2];
        reader.ReadFixed(fixedBytes);
        Assert.Equal([4, 5], fixedBytes.ToArray());
        reader.EnsureEnd();
    }

    [Fact]
    public void ReadCompactLength_checks_the_named_limit_first()
    {
        byte[] input = Hex.Decode("1501" + new string('0', 200));   // length 69, 100 bytes follow
        var ex = Assert.Throws<ScaleDecodeException>(() =>
        {
            var reader = new ScaleReader(input);
            reader.ReadCompactLength(64, "test list");
        });
        Assert.Contains("test list length 69 exceeds the limit of 64", ex.Message);
    }

    [Fact]
    public void ReadString_rejects_strings_above_the_limit()
    {
        byte[] input = ScaleCodec.Encode<string, StringCodec>("hello");
        Assert.Throws<ScaleDecodeException>(() =>
        {
            var reader = new ScaleReader(input);
            reader.ReadString(4);
        });
    }

    [Fact]
    public void SpanScaleWriter_throws_when_the_destination_is_too_small()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            Span<byte> destination = stackalloc byte[3];
            var writer = new SpanScaleWriter(destination);
            ScaleWriter.WriteUInt32(ref writer, 1);
        });
    }

    [Fact]
    public void PooledScaleWriter_grows_past_its_initial_capacity()
    {
        var writer = new PooledScaleWriter(16);
        try
        {
            for (uint i = 0; i < 1000; i++)
                ScaleWriter.WriteCompact(ref writer, i);
            int expected = 0;
            for (uint i = 0; i < 1000; i++)
                expected += ScaleWriter.CompactSize(i);
            Assert.Equal(expected, writer.Written);
            var reader = new ScaleReader(writer.WrittenSpan);
            for (uint i = 0; i < 1000; i++)
                Assert.Equal(i, reader.ReadCompactU32());
            reader.EnsureEnd();
        }
        finally
        {
            writer.Dispose();
        }
    }

    [Fact]
    public void CountingScaleWriter_counts_what_the_span_writer_writes()
    {
        string[] values = ["", "a", new string('x', 300), "ünïcödé"];
        var counter = new CountingScaleWriter();
        VecCodec<string, StringCodec>.Encode(values, ref counter);
        Assert.Equal(ScaleCodec.Encode<string[], VecCodec<string, StringCodec>>(values).Length, counter.Count);
        Assert.Equal(VecCodec<string, StringCodec>.GetEncodedSize(values), counter.Count);
    }
}
