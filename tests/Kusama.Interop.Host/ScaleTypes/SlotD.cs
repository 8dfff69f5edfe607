namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Type slot D of <see cref="DynamicCodec{TSlot}"/>.</summary>
public readonly struct SlotD : ISlot;
