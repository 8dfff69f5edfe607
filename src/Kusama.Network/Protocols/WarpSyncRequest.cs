using Kusama.Core;

namespace Kusama.Network.Protocols;

/// <summary>A <c>/sync/warp</c> request: SCALE <c>WarpProofRequest { begin }</c>, i.e. the 32-byte hash to start from.</summary>
public sealed record WarpSyncRequest(Hash256 Begin)
{
    /// <summary>The encoding: the hash bytes.</summary>
    public byte[] Encode() => Begin.ToArray();

    /// <summary>Decodes a request, which must be exactly the 32-byte hash (the protocol's request limit).</summary>
    public static WarpSyncRequest Decode(ReadOnlySpan<byte> request)
    {
        if (request.Length != Hash256.Length)
            throw new ProtocolDecodeException($"warp sync request is {request.Length} bytes, expected {Hash256.Length}");
        return new WarpSyncRequest(new Hash256(request));
    }
}
