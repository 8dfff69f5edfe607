namespace Kusama.Network.Tests.Libp2p.Noise;

/// <summary>A one-directional in-memory byte pipe: writes append, reads wait for bytes or for completion (end of stream).</summary>
internal sealed class MemoryPipe
{
    private readonly Queue<byte> _bytes = new();
    private readonly SemaphoreSlim _available = new(0);
    private bool _completed;

    public void Write(ReadOnlySpan<byte> data)
    {
        lock (_bytes)
        {
            if (_completed) throw new IOException("pipe closed");
            foreach (byte b in data) _bytes.Enqueue(b);
        }

        _available.Release();
    }

    public void Complete()
    {
        lock (_bytes) _completed = true;
        _available.Release();
    }

    public async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_bytes)
            {
                if (_bytes.Count > 0)
                {
                    int count = Math.Min(buffer.Length, _bytes.Count);
                    Span<byte> span = buffer.Span;
                    for (int i = 0; i < count; i++) span[i] = _bytes.Dequeue();
                    return count;
                }

                if (_completed) return 0;
            }

            await _available.WaitAsync(cancellationToken);
        }
    }
}
