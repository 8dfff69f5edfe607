namespace Kusama.Rpc;

/// <summary>A method answered synchronously (cheap lookups: hashes, headers, constants).</summary>
public delegate RpcResult RpcMethodHandler(RpcParams parameters, RpcContext context);
