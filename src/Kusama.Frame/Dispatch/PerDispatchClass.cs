namespace Kusama.Frame.Dispatch;

/// <summary>frame_support's <c>PerDispatchClass&lt;T&gt;</c>: one value per <see cref="DispatchClass"/> (e.g. the block's consumed weight).</summary>
public readonly record struct PerDispatchClass<T>(T Normal, T Operational, T Mandatory)
{
    /// <summary>The value for <paramref name="dispatchClass"/>.</summary>
    public T Get(DispatchClass dispatchClass) => dispatchClass switch
    {
        DispatchClass.Normal => Normal,
        DispatchClass.Operational => Operational,
        _ => Mandatory,
    };

    /// <summary>A copy with the value for <paramref name="dispatchClass"/> replaced.</summary>
    public PerDispatchClass<T> With(DispatchClass dispatchClass, T value) => dispatchClass switch
    {
        DispatchClass.Normal => this with { Normal = value },
        DispatchClass.Operational => this with { Operational = value },
        _ => this with { Mandatory = value },
    };
}
