using Kusama.Core;

namespace Kusama.Frame.Hooks;

/// <summary>FRAME's <c>on_idle</c>: runs at the end of a block with the weight left over; returns the weight it used (at most <c>remaining</c>).</summary>
public interface IOnIdle
{
    Weight OnIdle(uint blockNumber, Weight remaining);
}
