using System.Buffers.Binary;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>
/// The Noise transport phase over the underlying connection: writes are encrypted in frames of at most 65519 plaintext
/// bytes (u16be length ++ ciphertext ++ tag), reads decrypt one frame at a time. One reader at a time; writers are serialised.
/// Any authentication failure is a <see cref="NoiseProtocolException"/> and the connection must be dropped.
/// </summary>
public sealed class NoiseTransportStream : Stream
{
    /// <summary>The most plaintext one transport frame carries: 65535 minus the 16-byte tag.</summary>
    public const int MaxPlaintextPerFrame = NoiseFraming.MaxMessageLength - NoiseCipherState.TagSize;

    private readonly Stream _inner;
    private readonly NoiseCipherState _sender;
    private readonly NoiseCipherState _receiver;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly byte[] _readFrame = new byte[NoiseFraming.MaxMessageLength];
    private readonly byte[] _readPlaintext = new byte[MaxPlaintextPerFrame];
    private byte[]? _writeFrame;
    private int _readOffset;
    private int _readCount;
    private bool _readFailed;
    private bool _disposed;

    internal NoiseTransportStream(Stream inner, NoiseCipherState sender, NoiseCipherState receiver, byte[] remoteIdentityKey, byte[] handshakeHash)
    {
        _inner = inner;
        _sender = sender;
        _receiver = receiver;
        RemoteIdentityKey = remoteIdentityKey;
        HandshakeHash = handshakeHash;
    }

    /// <summary>The remote's authenticated raw 32-byte ed25519 identity public key (its PeerId derives from this).</summary>
    public byte[] RemoteIdentityKey { get; }

    /// <summary>The final Noise handshake hash h, identical on both sides.</summary>
    public byte[] HandshakeHash { get; }

    public override bool CanRead => !_disposed;

    public override bool CanWrite => !_disposed;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffer.Length == 0) return 0;
        // Empty frames (a bare tag) are legal and carry nothing for the caller: loop, never recurse, so a flood of them cannot grow the stack.
        while (_readCount == 0)
        {
            // A half-read frame cannot be resumed (the nonce has moved or the frame is lost), so a failed read is final.
            if (_readFailed) throw new NoiseProtocolException("A previous Noise read failed or was cancelled mid-frame; the connection is unusable.");
            _readFailed = true;
            int length = await NoiseFraming.ReadFrameAsync(_inner, _readFrame, cancellationToken).ConfigureAwait(false);
            if (length < 0)
            {
                _readFailed = false;
                return 0;
            }

            if (length < NoiseCipherState.TagSize)
            {
                throw new NoiseProtocolException($"Noise transport frame of {length} bytes is shorter than its 16-byte tag.");
            }

            _receiver.Decrypt(ReadOnlySpan<byte>.Empty, _readFrame.AsSpan(0, length), _readPlaintext);
            _readFailed = false;
            _readOffset = 0;
            _readCount = length - NoiseCipherState.TagSize;
        }

        int count = Math.Min(buffer.Length, _readCount);
        _readPlaintext.AsSpan(_readOffset, count).CopyTo(buffer.Span);
        _readOffset += count;
        _readCount -= count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            byte[] frame = _writeFrame ??= new byte[2 + NoiseFraming.MaxMessageLength];
            while (buffer.Length > 0)
            {
                int chunk = Math.Min(buffer.Length, MaxPlaintextPerFrame);
                int length = chunk + NoiseCipherState.TagSize;
                BinaryPrimitives.WriteUInt16BigEndian(frame, (ushort)length);
                _sender.Encrypt(ReadOnlySpan<byte>.Empty, buffer.Span[..chunk], frame.AsSpan(2, length));
                await _inner.WriteAsync(frame.AsMemory(0, 2 + length), cancellationToken).ConfigureAwait(false);
                buffer = buffer[chunk..];
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) =>
        WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override void Flush() => _inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _inner.Dispose();
            _sender.Dispose();
            _receiver.Dispose();
            _writeLock.Dispose();
        }

        base.Dispose(disposing);
    }
}
