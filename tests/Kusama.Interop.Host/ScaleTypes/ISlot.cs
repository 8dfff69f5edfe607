namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Marks one of the type slots <see cref="DynamicCodec{TSlot}"/> decodes from (a tuple's items or a map's key and value need different ones).</summary>
public interface ISlot;
