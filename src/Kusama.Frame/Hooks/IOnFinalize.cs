namespace Kusama.Frame.Hooks;

/// <summary>FRAME's <c>on_finalize</c>: runs at the end of every block, after <see cref="IOnIdle"/>; its weight is booked in <c>on_initialize</c>.</summary>
public interface IOnFinalize
{
    void OnFinalize(uint blockNumber);
}
