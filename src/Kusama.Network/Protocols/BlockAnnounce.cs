using Kusama.Frame.Primitives;
using Kusama.Scale;

namespace Kusama.Network.Protocols;

/// <summary>
/// A block announcement: SCALE header, then the state byte (an <c>Option&lt;BlockState&gt;</c> written without its tag, a v3
/// compatibility hack), then <c>data</c> as <c>Vec&lt;u8&gt;</c>. Both trailing fields are optional, as old nodes omit them.
/// </summary>
public sealed record BlockAnnounce(Header Header, BlockState? State, byte[]? Data)
{
    /// <summary>The encoding: header, the state byte if present, the data if present.</summary>
    public byte[] Encode()
    {
        var writer = new PooledScaleWriter(256);
        try
        {
            Header.Encode(Header, ref writer);
            if (State is { } state)
                writer.WriteByte((byte)state);
            if (Data is { } data)
            {
                ScaleWriter.WriteCompact(ref writer, (uint)data.Length);
                writer.Write(data);
            }
            return writer.ToArray();
        }
        finally
        {
            writer.Dispose();
        }
    }

    /// <summary>
    /// Decodes an announcement leniently as Substrate: a missing or unknown state byte gives a null state, missing or
    /// undecodable data gives null data, and trailing bytes are ignored. Only the header must decode.
    /// </summary>
    public static BlockAnnounce Decode(ReadOnlySpan<byte> notification)
    {
        ProtocolLimits.Check(notification.Length, ProtocolLimits.MaxBlockAnnounceSize, "block announce");
        var reader = new ScaleReader(notification);
        Header header;
        try
        {
            header = Header.Decode(ref reader);
        }
        catch (ScaleDecodeException e)
        {
            throw new ProtocolDecodeException("block announce header does not decode: " + e.Message, e);
        }
        if (reader.IsAtEnd)
            return new BlockAnnounce(header, null, null);
        byte stateByte = reader.ReadByte();
        BlockState? state = stateByte <= (byte)BlockState.Best ? (BlockState)stateByte : null;
        byte[]? data = null;
        if (!reader.IsAtEnd)
        {
            try
            {
                data = reader.ReadLengthPrefixedBytes(ProtocolLimits.MaxBlockAnnounceSize).ToArray();
            }
            catch (ScaleDecodeException)
            {
                // Substrate decodes the data with `.ok()`: a broken tail is dropped, not fatal.
            }
        }
        return new BlockAnnounce(header, state, data);
    }
}
