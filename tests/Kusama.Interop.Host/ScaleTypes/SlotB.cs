namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Type slot B of <see cref="DynamicCodec{TSlot}"/>.</summary>
public readonly struct SlotB : ISlot;
