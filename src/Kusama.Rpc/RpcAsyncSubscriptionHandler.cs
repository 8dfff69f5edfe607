namespace Kusama.Rpc;

/// <summary>An <see cref="RpcSubscriptionHandler"/> that awaits before accepting (e.g. reads the current value first).</summary>
public delegate ValueTask RpcAsyncSubscriptionHandler(RpcParams parameters, RpcSubscriptionSink sink);
