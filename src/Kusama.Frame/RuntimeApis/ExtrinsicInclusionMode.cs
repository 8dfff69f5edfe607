namespace Kusama.Frame.RuntimeApis;

/// <summary>sp-runtime <c>ExtrinsicInclusionMode</c>, what <c>Core_initialize_block</c> returns (Core v5); values are the wire indices.</summary>
public enum ExtrinsicInclusionMode : byte
{
    /// <summary>Inherents and transactions may be included.</summary>
    AllExtrinsics = 0,

    /// <summary>Only inherents (a multi-block migration is running).</summary>
    OnlyInherents = 1,
}
