namespace Kusama.Rpc;

/// <summary>How a registered name is dispatched.</summary>
internal enum RpcMethodKind : byte
{
    Call,
    AsyncCall,
    Subscribe,
    AsyncSubscribe,
    Unsubscribe,
}
