namespace Kusama.Interop.Host.ScaleTypes;

/// <summary>Pops a <see cref="SlotStack{TSlot}"/> entry at the end of a <c>using</c> block.</summary>
public readonly struct SlotScope<TSlot> : IDisposable
    where TSlot : ISlot
{
    public void Dispose() => SlotStack<TSlot>.Pop();
}
