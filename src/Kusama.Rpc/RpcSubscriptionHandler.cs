namespace Kusama.Rpc;

/// <summary>
/// Starts a subscription: validate params (throw <see cref="RpcException"/> to refuse), hook the producer to
/// <paramref name="sink"/>, optionally send the first notification. The id is answered when this returns,
/// and notifications sent before then are delivered after it.
/// </summary>
public delegate void RpcSubscriptionHandler(RpcParams parameters, RpcSubscriptionSink sink);
