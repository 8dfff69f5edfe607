using System.Text;

namespace Kusama.Network.Libp2p.MultistreamSelect;

/// <summary>
/// multistream-select 1.0 framing: <c>uvarint(len) || utf8 || '\n'</c>, the length counting the newline. Reading never
/// consumes a byte past the message, so data a V1Lazy dialer pipelined after its proposal stays in the stream.
/// </summary>
public static class MultistreamMessage
{
    /// <summary>rust-libp2p's cap on one message (a varint of at most two bytes).</summary>
    public const int MaxMessageLength = (1 << 14) - 1;

    /// <summary>rust-libp2p's cap on the protocols of one <c>ls</c> reply.</summary>
    public const int MaxProtocols = 1000;

    /// <summary>The protocol id of multistream-select itself, exchanged first by both sides.</summary>
    public const string Header = "/multistream/1.0.0";

    /// <summary>The listener's refusal of a proposal.</summary>
    public const string NotAvailable = "na";

    /// <summary>The request for the listener's protocol list.</summary>
    public const string ListProtocols = "ls";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The framed bytes of <paramref name="line"/> (a protocol name, <c>na</c> or <c>ls</c>, without the newline).</summary>
    public static byte[] Encode(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Contains('\n')) throw new ArgumentException("a multistream-select message cannot contain a newline", nameof(line));
        int bodyLength = StrictUtf8.GetByteCount(line) + 1;
        if (bodyLength > MaxMessageLength) throw new ArgumentException($"a multistream-select message is at most {MaxMessageLength} bytes", nameof(line));
        byte[] frame = new byte[UnsignedVarint.Size((ulong)bodyLength) + bodyLength];
        int offset = UnsignedVarint.Write((ulong)bodyLength, frame);
        offset += StrictUtf8.GetBytes(line, frame.AsSpan(offset));
        frame[offset] = (byte)'\n';
        return frame;
    }

    /// <summary>The concatenated frames of several lines, for pipelining them in one write.</summary>
    public static byte[] Encode(params ReadOnlySpan<string> lines)
    {
        var buffer = new MemoryStream();
        foreach (string line in lines) buffer.Write(Encode(line));
        return buffer.ToArray();
    }

    /// <summary>The framed <c>ls</c> reply: one message whose body is each protocol framed as a message, then a final newline.</summary>
    public static byte[] EncodeProtocolList(IReadOnlyCollection<string> protocols)
    {
        ArgumentNullException.ThrowIfNull(protocols);
        var body = new MemoryStream();
        foreach (string protocol in protocols) body.Write(Encode(protocol));
        body.WriteByte((byte)'\n');
        if (body.Length > MaxMessageLength) throw new ArgumentException($"the protocol list exceeds {MaxMessageLength} bytes", nameof(protocols));
        byte[] frame = new byte[UnsignedVarint.Size((ulong)body.Length) + body.Length];
        int offset = UnsignedVarint.Write((ulong)body.Length, frame);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(frame.AsSpan(offset));
        return frame;
    }

    /// <summary>
    /// Reads one message and returns its text without the newline. Throws <see cref="MultistreamSelectException"/> for an
    /// empty, oversized, non-UTF-8 or unterminated message, and <see cref="EndOfStreamException"/> when the stream ends.
    /// </summary>
    public static async ValueTask<string> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] body = await ReadBodyAsync(stream, cancellationToken).ConfigureAwait(false);
        return DecodeLine(body);
    }

    /// <summary>
    /// Reads the header <c>/multistream/1.0.0</c>. A length prefix announcing any other length is rejected as soon as it
    /// is read, so a peer sending garbage is dropped at once instead of holding the connection until its timeout.
    /// </summary>
    internal static async ValueTask ReadHeaderAsync(Stream stream, CancellationToken cancellationToken)
    {
        byte[] body = await ReadBodyAsync(stream, cancellationToken, expectedLength: HeaderBodyLength).ConfigureAwait(false);
        string header = DecodeLine(body);
        if (header != Header) throw new MultistreamSelectException($"expected the multistream-select header, got '{header}'");
    }

    private static readonly int HeaderBodyLength = Header.Length + 1;

    /// <summary>
    /// Reads one message as raw body bytes (newline included), with the length checks of <see cref="ReadAsync"/>;
    /// with <paramref name="expectedLength"/>, any other announced length is rejected before the body is read.
    /// </summary>
    internal static async ValueTask<byte[]> ReadBodyAsync(Stream stream, CancellationToken cancellationToken, int? expectedLength = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // One byte at a time so that nothing after the message is consumed; the prefix is at most two bytes.
        byte[] prefix = new byte[UnsignedVarint.MaxLength];
        int length = 0;
        ulong bodyLength;
        while (true)
        {
            await stream.ReadExactlyAsync(prefix.AsMemory(length, 1), cancellationToken).ConfigureAwait(false);
            length++;
            VarintStatus status = UnsignedVarint.TryRead(prefix.AsSpan(0, length), out bodyLength, out _);
            if (status == VarintStatus.Done) break;
            if (status == VarintStatus.Invalid || length >= 2)
                throw new MultistreamSelectException($"multistream-select length prefix is invalid or exceeds {MaxMessageLength} bytes");
        }
        if (bodyLength == 0) throw new MultistreamSelectException("empty multistream-select message");
        if (bodyLength > MaxMessageLength) throw new MultistreamSelectException($"multistream-select message of {bodyLength} bytes exceeds {MaxMessageLength}");
        if (expectedLength is int expected && bodyLength != (ulong)expected)
            throw new MultistreamSelectException($"expected the {expected}-byte multistream-select header, the peer announced {bodyLength} bytes");
        byte[] body = new byte[(int)bodyLength];
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        if (body[^1] != (byte)'\n') throw new MultistreamSelectException("multistream-select message does not end with a newline");
        return body;
    }

    /// <summary>Splits the body of an <c>ls</c> reply into its protocols.</summary>
    public static IReadOnlyList<string> DecodeProtocolList(ReadOnlySpan<byte> body)
    {
        var protocols = new List<string>();
        while (true)
        {
            if (body.IsEmpty) throw new MultistreamSelectException("protocol list does not end with a newline");
            if (body.Length == 1 && body[0] == (byte)'\n') return protocols;
            if (protocols.Count == MaxProtocols) throw new MultistreamSelectException($"protocol list has more than {MaxProtocols} entries");
            VarintStatus status = UnsignedVarint.TryRead(body, out ulong itemLength, out int consumed);
            if (status != VarintStatus.Done || itemLength == 0 || itemLength > (ulong)(body.Length - consumed))
                throw new MultistreamSelectException("malformed entry in protocol list");
            ReadOnlySpan<byte> item = body.Slice(consumed, (int)itemLength);
            if (item[^1] != (byte)'\n') throw new MultistreamSelectException("protocol list entry does not end with a newline");
            string protocol = DecodeLine(item);
            if (!IsProtocolName(protocol)) throw new MultistreamSelectException($"invalid protocol name in protocol list: '{protocol}'");
            protocols.Add(protocol);
            body = body[(consumed + (int)itemLength)..];
        }
    }

    /// <summary>Whether <paramref name="name"/> is acceptable as a protocol: starts with <c>/</c>, has no newline.</summary>
    public static bool IsProtocolName(string name) =>
        name.Length > 0 && name[0] == '/' && !name.Contains('\n');

    private static string DecodeLine(ReadOnlySpan<byte> body)
    {
        try
        {
            return StrictUtf8.GetString(body[..^1]);
        }
        catch (DecoderFallbackException)
        {
            throw new MultistreamSelectException("multistream-select message is not valid UTF-8");
        }
    }
}
