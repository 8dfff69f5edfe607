namespace Kusama.Network.Sync;

/// <summary>Tunables of <see cref="SyncingEngine"/>.</summary>
public sealed record SyncingEngineOptions
{
    /// <summary>A block request not answered in this time fails (the network enforces Substrate's 20 s as well).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the engine looks for work when nothing wakes it.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);
}
