namespace Kusama.Network.Tests.Libp2p.MultistreamSelect;

/// <summary>A stream that reads a fixed script of remote bytes and records what is written.</summary>
internal sealed class ScriptedStream(byte[] input) : Stream
{
    private readonly MemoryStream _input = new(input);

    public MemoryStream Written { get; } = new();

    public byte[] Remaining() => _input.ToArray()[(int)_input.Position..];

    public override int Read(byte[] buffer, int offset, int count) => _input.Read(buffer, offset, count);

    public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

    public override void Flush()
    {
    }

    public override bool CanRead => true;

    public override bool CanWrite => true;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
