using Kusama.Core;
using Kusama.Frame.Dispatch;
using Kusama.Scale;

namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>Event</c>: each variant carries its wire index (never reorder).</summary>
public abstract partial record SystemEvent
{
    private SystemEvent()
    {
    }

    /// <summary>An extrinsic completed successfully.</summary>
    [ScaleIndex(0)]
    public sealed record ExtrinsicSuccess(DispatchInfo DispatchInfo) : SystemEvent;

    /// <summary>An extrinsic failed.</summary>
    [ScaleIndex(1)]
    public sealed record ExtrinsicFailed(DispatchError DispatchError, DispatchInfo DispatchInfo) : SystemEvent;

    /// <summary><c>:code</c> was updated.</summary>
    [ScaleIndex(2)]
    public sealed record CodeUpdated : SystemEvent;

    /// <summary>A new account was created.</summary>
    [ScaleIndex(3)]
    public sealed record NewAccount(AccountId32 Account) : SystemEvent;

    /// <summary>An account was reaped.</summary>
    [ScaleIndex(4)]
    public sealed record KilledAccount(AccountId32 Account) : SystemEvent;

    /// <summary>On-chain remark happened.</summary>
    [ScaleIndex(5)]
    public sealed record Remarked(AccountId32 Sender, Hash256 Hash) : SystemEvent;

    /// <summary>An upgrade was authorized.</summary>
    [ScaleIndex(6)]
    public sealed record UpgradeAuthorized(Hash256 CodeHash, bool CheckVersion) : SystemEvent;
}
