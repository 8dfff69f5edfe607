namespace Kusama.Runtime.Pallets.System;

/// <summary>The variant of <see cref="Phase"/>; values are the SCALE variant indices.</summary>
public enum PhaseKind : byte
{
    ApplyExtrinsic = 0,
    Finalization = 1,
    Initialization = 2,
}
