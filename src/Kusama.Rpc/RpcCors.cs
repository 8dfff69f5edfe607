namespace Kusama.Rpc;

/// <summary>
/// Which browser origins may use the server (polkadot's <c>--rpc-cors</c>): "all", or a list where an origin may
/// end in <c>:*</c> to allow any port. A request without an Origin header (not from a browser) is always allowed.
/// </summary>
public sealed class RpcCors
{
    private readonly string[] _origins;

    private RpcCors(bool allowsAll, string[] origins)
    {
        AllowsAll = allowsAll;
        _origins = origins;
    }

    /// <summary>Every origin (Substrate's choice with <c>--dev</c>).</summary>
    public static RpcCors All { get; } = new(true, []);

    /// <summary>Substrate's default without <c>--dev</c>: local pages and polkadot.js apps.</summary>
    public static RpcCors Default { get; } = new(false,
    [
        "http://localhost:*",
        "http://127.0.0.1:*",
        "https://localhost:*",
        "https://127.0.0.1:*",
        "https://polkadot.js.org",
    ]);

    public bool AllowsAll { get; }

    public IReadOnlyList<string> Origins => _origins;

    public static RpcCors Of(params string[] origins)
    {
        ArgumentNullException.ThrowIfNull(origins);
        return new RpcCors(false, [.. origins]);
    }

    /// <summary>Parses the CLI value: "all" or a comma-separated list of origins ("null" allows file:// pages).</summary>
    public static RpcCors Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string trimmed = value.Trim();
        if (trimmed.Equals("all", StringComparison.OrdinalIgnoreCase) || trimmed == "*") return All;
        string[] origins = trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new RpcCors(false, origins);
    }

    public bool IsAllowed(string? origin)
    {
        if (AllowsAll || string.IsNullOrEmpty(origin)) return true;
        foreach (string allowed in _origins)
        {
            if (allowed.EndsWith(":*", StringComparison.Ordinal))
            {
                ReadOnlySpan<char> host = allowed.AsSpan(0, allowed.Length - 2);
                if (origin.Equals(host.ToString(), StringComparison.OrdinalIgnoreCase)) return true;
                if (origin.Length > host.Length + 1 && origin.AsSpan(0, host.Length).Equals(host, StringComparison.OrdinalIgnoreCase)
                    && origin[host.Length] == ':' && IsPort(origin.AsSpan(host.Length + 1)))
                    return true;
            }
            else if (origin.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => AllowsAll ? "all" : string.Join(',', _origins);

    private static bool IsPort(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 5) return false;
        foreach (char c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
