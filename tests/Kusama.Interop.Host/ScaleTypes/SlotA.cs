namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Type slot A of <see cref="DynamicCodec{TSlot}"/>.</summary>
public readonly struct SlotA : ISlot;
