namespace Kusama.Network.Tests.Libp2p.Noise;

/// <summary>One end of an in-memory connection; records what it writes and can corrupt a chosen written byte.</summary>
internal sealed class DuplexStream : Stream
{
    private readonly MemoryPipe _incoming;
    private readonly MemoryPipe _outgoing;
    private readonly MemoryStream _written = new();

    private DuplexStream(MemoryPipe incoming, MemoryPipe outgoing)
    {
        _incoming = incoming;
        _outgoing = outgoing;
    }

    /// <summary>Two connected ends.</summary>
    public static (DuplexStream A, DuplexStream B) CreatePair()
    {
        var aToB = new MemoryPipe();
        var bToA = new MemoryPipe();
        return (new DuplexStream(bToA, aToB), new DuplexStream(aToB, bToA));
    }

    /// <summary>Every byte written so far.</summary>
    public byte[] Written => _written.ToArray();

    /// <summary>When set, the byte at this offset of the whole written sequence is flipped before it reaches the peer.</summary>
    public long? CorruptAt { get; set; }

    public override bool CanRead => true;
    public override bool CanWrite => true;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _incoming.ReadAsync(buffer, cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) =>
        _incoming.ReadAsync(buffer.AsMemory(offset, count), default).AsTask().GetAwaiter().GetResult();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        byte[] copy = buffer.ToArray();
        long start = _written.Length;
        if (CorruptAt is long at && at >= start && at < start + copy.Length) copy[at - start] ^= 0x01;
        _written.Write(buffer);
        _outgoing.Write(copy);
    }

    /// <summary>Writes raw bytes to the peer as a hostile remote would.</summary>
    public void WriteRaw(params byte[] bytes) => _outgoing.Write(bytes);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _outgoing.Complete();
        base.Dispose(disposing);
    }
}
