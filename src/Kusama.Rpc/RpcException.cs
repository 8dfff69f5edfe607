namespace Kusama.Rpc;

/// <summary>Thrown by a handler (or a parameter helper) to answer the call with <see cref="Error"/>.</summary>
public sealed class RpcException : Exception
{
    public RpcException(RpcError error) : base(error.Message)
    {
        Error = error;
    }

    public RpcException(int code, string message, RpcResult? data = null) : this(new RpcError(code, message, data))
    {
    }

    public RpcError Error { get; }

    /// <summary>A -32602 "Invalid params" error with <paramref name="reason"/> as data.</summary>
    public static RpcException InvalidParams(string reason) => new(RpcError.InvalidParams(reason));
}
