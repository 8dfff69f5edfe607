namespace Kusama.Network.Protocols;

/// <summary>Size limits of Substrate's notification and request-response protocols (networking.md §9–§10).</summary>
public static class ProtocolLimits
{
    /// <summary>The largest notification handshake accepted (<c>MAX_HANDSHAKE_SIZE</c>).</summary>
    public const int MaxHandshakeSize = 1024;

    /// <summary>The largest block announcement notification (1 MiB).</summary>
    public const int MaxBlockAnnounceSize = 1024 * 1024;

    /// <summary>The largest transactions notification (<c>MAX_TRANSACTIONS_SIZE</c>, 16 MiB).</summary>
    public const int MaxTransactionsSize = 16 * 1024 * 1024;

    /// <summary>The largest GRANDPA notification (1 MiB).</summary>
    public const int MaxGrandpaMessageSize = 1024 * 1024;

    /// <summary>The largest request of <c>/sync/2</c>, <c>/state/2</c> and <c>/light/2</c> (1 MiB).</summary>
    public const int MaxRequestSize = 1024 * 1024;

    /// <summary>The largest response of <c>/sync/2</c>, <c>/state/2</c>, <c>/light/2</c> and <c>/sync/warp</c> (16 MiB).</summary>
    public const int MaxResponseSize = 16 * 1024 * 1024;

    /// <summary>The largest warp sync request: the 32-byte start hash.</summary>
    public const int MaxWarpSyncRequestSize = 32;

    /// <summary>The most blocks a block request handler returns (<c>MAX_BLOCKS_IN_RESPONSE</c>).</summary>
    public const int MaxBlocksInResponse = 128;

    /// <summary>The most body bytes a block request handler returns (<c>MAX_BODY_BYTES</c>, 8 MiB).</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>Throws when <paramref name="length"/> exceeds <paramref name="max"/> for the named message.</summary>
    internal static void Check(int length, int max, string what)
    {
        if (length > max)
            throw new ProtocolDecodeException($"{what} of {length} bytes exceeds the limit of {max} bytes");
    }
}
