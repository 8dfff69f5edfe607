namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>The type each <see cref="DynamicCodec{TSlot}"/> decodes next: set by the enclosing composite, per thread.</summary>
/// <remarks>
/// Our composite codecs are generic over static codec types, so the element type of a runtime type expression cannot
/// be a generic argument. Instead the composite pushes its element types into slots before calling our real
/// composite codec, whose element codec (<see cref="DynamicCodec{TSlot}"/>) reads its type from the slot.
/// </remarks>
public static class SlotStack<TSlot>
    where TSlot : ISlot
{
    [ThreadStatic]
    private static Stack<ScaleType>? t_types;

    public static ScaleType Current =>
        t_types is { Count: > 0 } types ? types.Peek() : throw new InvalidOperationException($"no type in slot {typeof(TSlot).Name}");

    public static SlotScope<TSlot> Push(ScaleType type)
    {
        (t_types ??= new Stack<ScaleType>()).Push(type);
        return default;
    }

    internal static void Pop() => t_types!.Pop();
}
