using Kusama.Network.Libp2p.Yamux;

namespace Kusama.Network.Tests.Libp2p.Yamux;

public class YamuxHeaderTests
{
    public static TheoryData<string, YamuxFrameType, YamuxFlags, uint, uint> Vectors => new()
    {
        { "data_syn_stream1_len35", YamuxFrameType.Data, YamuxFlags.Syn, 1, 35 },
        { "window_update_ack_stream2_delta0", YamuxFrameType.WindowUpdate, YamuxFlags.Ack, 2, 0 },
        { "window_update_stream1_delta_262144", YamuxFrameType.WindowUpdate, YamuxFlags.None, 1, 262144 },
        { "data_fin_stream1_len0", YamuxFrameType.Data, YamuxFlags.Fin, 1, 0 },
        { "data_rst_stream3", YamuxFrameType.Data, YamuxFlags.Rst, 3, 0 },
        { "ping_syn_opaque_7", YamuxFrameType.Ping, YamuxFlags.Syn, 0, 7 },
        { "ping_ack_opaque_7", YamuxFrameType.Ping, YamuxFlags.Ack, 0, 7 },
        { "goaway_normal", YamuxFrameType.GoAway, YamuxFlags.None, 0, (uint)YamuxGoAwayCode.Normal },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Header_encodes_and_decodes_byte_exact_against_the_vectors(string name, YamuxFrameType type, YamuxFlags flags, uint streamId, uint length)
    {
        byte[] expected = Convert.FromHexString(NetVectors.Net.GetProperty("yamux").GetProperty(name).GetString()!);
        var header = new YamuxHeader(type, flags, streamId, length);
        byte[] encoded = new byte[YamuxHeader.Size];
        header.Write(encoded);
        Assert.Equal(expected, encoded);
        Assert.Equal(header, YamuxHeader.Read(expected));
    }

    [Fact]
    public void Header_with_an_unknown_version_is_rejected()
    {
        byte[] bytes = Convert.FromHexString("010000000000000100000000");
        Assert.Throws<YamuxException>(() => YamuxHeader.Read(bytes));
    }

    [Fact]
    public void Header_with_an_unknown_frame_type_is_rejected()
    {
        byte[] bytes = Convert.FromHexString("000400000000000100000000");
        Assert.Throws<YamuxException>(() => YamuxHeader.Read(bytes));
    }
}
