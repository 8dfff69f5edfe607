namespace Kusama.Runtime.Pallets.Utility;

/// <summary>pallet_utility's <c>Error</c>; values are the variant indices in <c>ModuleError</c> (never reorder).</summary>
public enum UtilityError : byte
{
    /// <summary>Too many calls batched.</summary>
    TooManyCalls = 0,
}
