namespace Kusama.Rpc;

/// <summary>Which RPC methods the server exposes (polkadot's <c>--rpc-methods</c>).</summary>
public enum RpcMethods
{
    /// <summary>Unsafe methods are allowed when the server listens on localhost only, denied when external.</summary>
    Auto,

    /// <summary>Only safe methods; unsafe ones answer "RPC call is unsafe to be called externally".</summary>
    Safe,

    /// <summary>Every method, including unsafe ones (key management, pool removal, full-state dumps).</summary>
    Unsafe,
}
