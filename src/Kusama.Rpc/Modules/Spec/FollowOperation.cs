namespace Kusama.Rpc.Modules.Spec;

/// <summary>One running <c>chainHead_v1_body/call/storage</c> operation of a follow subscription.</summary>
public sealed class FollowOperation
{
    private readonly CancellationTokenSource _stopped = new();

    internal FollowOperation(string id, int slots)
    {
        Id = id;
        Slots = slots;
    }

    /// <summary>The <c>operationId</c> the client received.</summary>
    public string Id { get; }

    /// <summary>How many of the subscription's operation slots it holds (a storage query holds one per item).</summary>
    public int Slots { get; }

    /// <summary>Cancelled by <c>chainHead_v1_stopOperation</c> or when the subscription ends: no event may follow.</summary>
    public CancellationToken Stopped => _stopped.Token;

    internal void Stop() => _stopped.Cancel();
}
