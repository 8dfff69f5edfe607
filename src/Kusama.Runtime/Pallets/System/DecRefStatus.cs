namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>DecRefStatus</c>: whether removing a reference reaped the account.</summary>
public enum DecRefStatus
{
    /// <summary>The account was removed.</summary>
    Reaped,
    /// <summary>The account still exists.</summary>
    Exists,
}
