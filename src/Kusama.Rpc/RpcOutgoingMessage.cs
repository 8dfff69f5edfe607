using System.Buffers;

namespace Kusama.Rpc;

/// <summary>One serialized message waiting in a connection's send queue (a pooled buffer returned once sent).</summary>
internal readonly struct RpcOutgoingMessage
{
    public RpcOutgoingMessage(byte[] buffer, int length, bool isResponse)
    {
        Buffer = buffer;
        Length = length;
        IsResponse = isResponse;
    }

    public byte[] Buffer { get; }

    public int Length { get; }

    /// <summary>A response (counted against pending calls) rather than a subscription notification.</summary>
    public bool IsResponse { get; }

    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    public void Return()
    {
        if (Buffer.Length != 0) ArrayPool<byte>.Shared.Return(Buffer);
    }
}
