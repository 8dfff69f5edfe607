namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Type slot C of <see cref="DynamicCodec{TSlot}"/>.</summary>
public readonly struct SlotC : ISlot;
