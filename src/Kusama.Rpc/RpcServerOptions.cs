namespace Kusama.Rpc;

/// <summary>RPC server settings; defaults are polkadot's CLI defaults (sizes here in bytes, the CLI takes MiB).</summary>
public sealed class RpcServerOptions
{
    private const int MiB = 1024 * 1024;

    /// <summary>TCP port for WebSocket and HTTP (<c>--rpc-port</c>, default 9944; 0 picks a free port).</summary>
    public int Port { get; set; } = 9944;

    /// <summary>Listen on all interfaces (0.0.0.0 and [::]) instead of localhost (<c>--rpc-external</c>).</summary>
    public bool External { get; set; }

    /// <summary>Allowed browser origins (<c>--rpc-cors</c>); Substrate's default list unless set.</summary>
    public RpcCors Cors { get; set; } = RpcCors.Default;

    /// <summary>Safe, unsafe or auto (<c>--rpc-methods</c>, default auto).</summary>
    public RpcMethods Methods { get; set; } = RpcMethods.Auto;

    /// <summary>Open connections, WebSocket and HTTP together (<c>--rpc-max-connections</c>, default 100).</summary>
    public int MaxConnections { get; set; } = 100;

    /// <summary>Largest request in bytes (<c>--rpc-max-request-size</c>, default 15 MiB).</summary>
    public long MaxRequestSize { get; set; } = 15 * MiB;

    /// <summary>Largest response or notification in bytes (<c>--rpc-max-response-size</c>, default 15 MiB).</summary>
    public long MaxResponseSize { get; set; } = 15 * MiB;

    /// <summary>Live subscriptions per connection (<c>--rpc-max-subscriptions-per-connection</c>, default 1024).</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 1024;

    /// <summary>
    /// Messages a connection may have waiting to be sent, counted separately for call responses and for
    /// notifications (<c>--rpc-message-buffer-capacity-per-connection</c>, default 64).
    /// </summary>
    public int MessageBufferCapacityPerConnection { get; set; } = 64;

    /// <summary>Most calls in one batch; null means unlimited, Substrate's default (<c>--rpc-max-batch-request-len</c>).</summary>
    public int? MaxBatchRequestLength { get; set; }

    /// <summary>Refuse batch requests altogether (<c>--rpc-disable-batch-requests</c>).</summary>
    public bool DisableBatchRequests { get; set; }

    /// <summary>Whether unsafe methods run: <see cref="RpcMethods.Auto"/> allows them only when not external.</summary>
    public bool AllowsUnsafe => Methods switch
    {
        RpcMethods.Safe => false,
        RpcMethods.Unsafe => true,
        _ => !External,
    };

    internal void Validate()
    {
        if (Port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(Port), Port, "a TCP port is 0..65535");
        if (MaxConnections < 1) throw new ArgumentOutOfRangeException(nameof(MaxConnections), MaxConnections, "must be at least 1");
        if (MaxRequestSize < 1 || MaxRequestSize > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(MaxRequestSize), MaxRequestSize, "must be 1..2^31-1 bytes");
        if (MaxResponseSize < 1) throw new ArgumentOutOfRangeException(nameof(MaxResponseSize), MaxResponseSize, "must be at least 1 byte");
        if (MaxSubscriptionsPerConnection < 0) throw new ArgumentOutOfRangeException(nameof(MaxSubscriptionsPerConnection), MaxSubscriptionsPerConnection, "must not be negative");
        if (MessageBufferCapacityPerConnection < 1) throw new ArgumentOutOfRangeException(nameof(MessageBufferCapacityPerConnection), MessageBufferCapacityPerConnection, "must be at least 1");
        if (MaxBatchRequestLength < 1) throw new ArgumentOutOfRangeException(nameof(MaxBatchRequestLength), MaxBatchRequestLength, "must be at least 1");
        ArgumentNullException.ThrowIfNull(Cors);
    }
}
