namespace Kusama.Frame.Dispatch;

/// <summary>The variant of sp-runtime's <c>DispatchError</c>; values are the SCALE variant indices (never reorder).</summary>
public enum DispatchErrorKind : byte
{
    /// <summary>Some other error; its message is not encoded.</summary>
    Other = 0,
    /// <summary>An account lookup (e.g. a <c>MultiAddress</c>) failed.</summary>
    CannotLookup = 1,
    /// <summary>The origin is not allowed to make this call.</summary>
    BadOrigin = 2,
    /// <summary>A pallet's own error: pallet index and 4 error bytes.</summary>
    Module = 3,
    /// <summary>The account would be removed while it still has consumers.</summary>
    ConsumerRemaining = 4,
    /// <summary>The account has no providers, so cannot hold a consumer.</summary>
    NoProviders = 5,
    /// <summary>Too many consumers on the account.</summary>
    TooManyConsumers = 6,
    /// <summary>A fungible-token error.</summary>
    Token = 7,
    /// <summary>Checked arithmetic failed.</summary>
    Arithmetic = 8,
    /// <summary>The storage transaction layer failed.</summary>
    Transactional = 9,
    /// <summary>Resources are exhausted (e.g. a block is full).</summary>
    Exhausted = 10,
    /// <summary>State is corrupt.</summary>
    Corruption = 11,
    /// <summary>A resource is temporarily unavailable.</summary>
    Unavailable = 12,
    /// <summary>Root origin is not allowed here.</summary>
    RootNotAllowed = 13,
}
