namespace Kusama.Rpc.Modules.Spec;

/// <summary>The <c>chainHead_v1_follow</c> subscriptions of one connection (ids are only valid on the connection that made them).</summary>
public sealed class FollowConnectionState
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FollowSubscription> _subscriptions = new(StringComparer.Ordinal);

    public int Count
    {
        get { lock (_lock) return _subscriptions.Count; }
    }

    /// <summary>Adds <paramref name="subscription"/> unless the connection already has <paramref name="limit"/>.</summary>
    public bool TryAdd(FollowSubscription subscription, int limit)
    {
        lock (_lock)
        {
            if (_subscriptions.Count >= limit) return false;
            return _subscriptions.TryAdd(subscription.Id, subscription);
        }
    }

    public FollowSubscription? Get(string id)
    {
        lock (_lock) return _subscriptions.GetValueOrDefault(id);
    }

    public void Remove(FollowSubscription subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(subscription.Id, out FollowSubscription? current) && ReferenceEquals(current, subscription))
                _subscriptions.Remove(subscription.Id);
        }
    }
}
