namespace Kusama.Node.Service;

/// <summary>The JSON-RPC flags (<c>--rpc-*</c>), with polkadot's defaults.</summary>
public sealed record RpcConfiguration
{
    /// <summary>False disables the server (no <c>--rpc-port</c> listener).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>--rpc-port</c>, default 9944 (0 picks a free port).</summary>
    public int Port { get; init; } = 9944;

    /// <summary><c>--rpc-external</c>: listen on every interface instead of loopback.</summary>
    public bool External { get; init; }

    /// <summary><c>--rpc-cors</c>: allowed origins; null allows all (<c>all</c>, the default with <c>--dev</c>).</summary>
    public IReadOnlyList<string>? Cors { get; init; }

    /// <summary><c>--rpc-methods</c>: safe, unsafe or auto (default).</summary>
    public string Methods { get; init; } = "auto";

    /// <summary><c>--rpc-max-connections</c>, default 100.</summary>
    public int MaxConnections { get; init; } = 100;

    /// <summary><c>--rpc-max-request-size</c> in MiB, default 15.</summary>
    public int MaxRequestSizeMiB { get; init; } = 15;

    /// <summary><c>--rpc-max-response-size</c> in MiB, default 15.</summary>
    public int MaxResponseSizeMiB { get; init; } = 15;

    /// <summary><c>--rpc-max-subscriptions-per-connection</c>, default 1,024.</summary>
    public int MaxSubscriptionsPerConnection { get; init; } = 1024;
}
