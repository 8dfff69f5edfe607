namespace Kusama.Runtime.Pallets.System;

/// <summary>frame_system's <c>IncRefStatus</c>: whether adding a reference created the account.</summary>
public enum IncRefStatus
{
    /// <summary>The account was created by this reference.</summary>
    Created,
    /// <summary>The account already existed.</summary>
    Existed,
}
