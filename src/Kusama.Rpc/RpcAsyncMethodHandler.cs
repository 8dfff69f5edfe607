namespace Kusama.Rpc;

/// <summary>A method that awaits (runtime calls, pool submission); the connection's other calls run meanwhile.</summary>
public delegate ValueTask<RpcResult> RpcAsyncMethodHandler(RpcParams parameters, RpcContext context);
