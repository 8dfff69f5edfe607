namespace Kusama.Frame.Dispatch;

/// <summary>sp-runtime's <c>TokenError</c>; values are the SCALE variant indices.</summary>
public enum TokenError : byte
{
    /// <summary>The account lacks the funds.</summary>
    FundsUnavailable = 0,
    /// <summary>The account would die while it is the only provider of something.</summary>
    OnlyProvider = 1,
    /// <summary>The account would drop below the minimum balance.</summary>
    BelowMinimum = 2,
    /// <summary>The account cannot be created.</summary>
    CannotCreate = 3,
    /// <summary>The asset does not exist.</summary>
    UnknownAsset = 4,
    /// <summary>The funds are frozen.</summary>
    Frozen = 5,
    /// <summary>The operation is not supported for this asset.</summary>
    Unsupported = 6,
    /// <summary>A hold could not be created.</summary>
    CannotCreateHold = 7,
    /// <summary>The withdrawal would kill an account that must stay alive.</summary>
    NotExpendable = 8,
    /// <summary>The account is blocked.</summary>
    Blocked = 9,
}
