namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>Error</c>; values are the variant indices in <c>ModuleError</c> (never reorder).</summary>
public enum SystemError : byte
{
    /// <summary>The name of specification does not match between the current runtime and the new runtime.</summary>
    InvalidSpecName = 0,
    /// <summary>The specification version is not allowed to decrease between the current runtime and the new runtime.</summary>
    SpecVersionNeedsToIncrease = 1,
    /// <summary>Failed to extract the runtime version from the new runtime.</summary>
    FailedToExtractRuntimeVersion = 2,
    /// <summary>Suicide called when the account has non-default composite data.</summary>
    NonDefaultComposite = 3,
    /// <summary>There is a non-zero reference count preventing the account from being purged.</summary>
    NonZeroRefCount = 4,
    /// <summary>The origin filter prevent the call to be dispatched.</summary>
    CallFiltered = 5,
    /// <summary>A multi-block migration is ongoing and prevents the current code from being replaced.</summary>
    MultiBlockMigrationsOngoing = 6,
    /// <summary>No upgrade authorized.</summary>
    NothingAuthorized = 7,
    /// <summary>The submitted code is not authorized.</summary>
    Unauthorized = 8,
}
