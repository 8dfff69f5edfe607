namespace Kusama.Frame.Declarations;

/// <summary>
/// The most items (or bytes) a <c>Vec</c> call argument or event field may declare when decoded; without it the bound is
/// <see cref="Default"/>. It bounds the argument's own length prefix; lengths nested inside it (the keys of a
/// <c>Vec&lt;(Key, Value)&gt;</c>) are bounded by the input that remains, as every item takes at least one byte.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class MaxLengthAttribute : Attribute
{
    /// <summary>
    /// 5 MiB = 5 × 1024 × 1024, Kusama's largest block (<c>BlockLength</c> max): a call is at most a block, and every item
    /// takes at least one byte, so no longer <c>Vec</c> can come from a valid block.
    /// </summary>
    public const int Default = 5 * 1024 * 1024;

    public MaxLengthAttribute(int length) => Length = length;

    public int Length { get; }
}
