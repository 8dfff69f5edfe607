using System.Buffers.Binary;

namespace Kusama.Network.Libp2p.Noise;

/// <summary>
/// The Noise transport phase over the underlying connection: writes are encrypted in frames of at most 65519 plaintext
/// bytes (u16be length ++ ciphertext ++ tag), reads decrypt one frame at a time. One reader at a time; writers are serialised.
/// Any authentication failure is a <see cref="NoiseProtocolException"/> and the connection must be dropped.
/// </summary>
public sealed class NoiseTransportStream : DuplexStream
{
    /// <summary>The most plaintext one transport frame carries: 65535 minus the 16-byte tag.</summary>
    public const int MaxPlaintextPerFrame = NoiseFraming.MaxMessageLength - NoiseCipherState.TagSize;

    private readonly Stream _inner;
    private readonly NoiseCipherState _sender;
    private readonly NoiseCipherState _receiver;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private const int FramesPerWrite = 2;
    private readonly byte[] _receiveBuffer = new byte[2 * (2 + NoiseFraming.MaxMessageLength)];
    private readonly byte[] _readPlaintext = new byte[MaxPlaintextPerFrame];
    private byte[]? _writeFrame;
    private int _receiveStart;
    private int _receiveEnd;
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
            int length = await FillFrameAsync(cancellationToken).ConfigureAwait(false);
            if (length < 0)
            {
                _readFailed = false;
                return 0;
            }

            if (length < NoiseCipherState.TagSize)
            {
                throw new NoiseProtocolException($"Noise transport frame of {length} bytes is shorter than its 16-byte tag.");
            }

            int plaintext = length - NoiseCipherState.TagSize;
            ReadOnlySpan<byte> ciphertext = _receiveBuffer.AsSpan(_receiveStart + 2, length);
            _receiveStart += 2 + length;
            if (plaintext > 0 && plaintext <= buffer.Length)
            {
                // The whole frame fits the caller's buffer: decrypt straight into it and skip the intermediate copy.
                _receiver.Decrypt(ReadOnlySpan<byte>.Empty, ciphertext, buffer.Span);
                _readFailed = false;
                return plaintext;
            }

            _receiver.Decrypt(ReadOnlySpan<byte>.Empty, ciphertext, _readPlaintext);
            _readFailed = false;
            _readOffset = 0;
            _readCount = plaintext;
        }

        int count = Math.Min(buffer.Length, _readCount);
        _readPlaintext.AsSpan(_readOffset, count).CopyTo(buffer.Span);
        _readOffset += count;
        _readCount -= count;
        return count;
    }

    /// <summary>
    /// Makes one whole frame (u16be prefix and body) available at <see cref="_receiveStart"/> and returns its body length,
    /// or -1 on a clean end of stream between frames. Reads take whatever the socket has, so one read usually brings many frames.
    /// </summary>
    private async ValueTask<int> FillFrameAsync(CancellationToken cancellationToken)
    {
        int need = 2;
        if (_receiveStart == _receiveEnd) _receiveStart = _receiveEnd = 0;
        while (true)
        {
            int available = _receiveEnd - _receiveStart;
            if (available >= 2)
            {
                need = 2 + BinaryPrimitives.ReadUInt16BigEndian(_receiveBuffer.AsSpan(_receiveStart));
                if (available >= need) return need - 2;
            }

            if (_receiveBuffer.Length - _receiveStart < need)
            {
                // Not enough room behind the partial frame: move it to the front (at most one frame, so this is rare and small).
                _receiveBuffer.AsSpan(_receiveStart, available).CopyTo(_receiveBuffer);
                _receiveStart = 0;
                _receiveEnd = available;
            }

            int read = await _inner.ReadAsync(_receiveBuffer.AsMemory(_receiveEnd), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                if (available == 0) return -1;
                if (available < 2) throw new NoiseProtocolException("Connection closed inside a Noise length prefix.");
                throw new NoiseProtocolException($"Connection closed after {available - 2} of {need - 2} bytes of a Noise message.");
            }

            _receiveEnd += read;
        }
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
            while (buffer.Length > 0)
            {
                // Encrypt as many frames as fit the write buffer and hand them to the socket in one write.
                int frames = Math.Min((buffer.Length + MaxPlaintextPerFrame - 1) / MaxPlaintextPerFrame, FramesPerWrite);
                int size = Math.Min(buffer.Length, frames * MaxPlaintextPerFrame) + frames * (2 + NoiseCipherState.TagSize);
                if (_writeFrame is null || _writeFrame.Length < size) _writeFrame = new byte[Math.Max(size, 4096)];
                byte[] frame = _writeFrame;
                int written = 0;
                for (int i = 0; i < frames; i++)
                {
                    int chunk = Math.Min(buffer.Length, MaxPlaintextPerFrame);
                    int length = chunk + NoiseCipherState.TagSize;
                    BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(written), (ushort)length);
                    _sender.Encrypt(ReadOnlySpan<byte>.Empty, buffer.Span[..chunk], frame.AsSpan(written + 2, length));
                    written += 2 + length;
                    buffer = buffer[chunk..];
                }

                await _inner.WriteAsync(frame.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
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
