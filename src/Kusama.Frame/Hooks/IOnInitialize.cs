using Kusama.Core;

namespace Kusama.Frame.Hooks;

/// <summary>FRAME's <c>on_initialize</c>: runs at the start of every block, before inherents; returns the weight it used.</summary>
public interface IOnInitialize
{
    Weight OnInitialize(uint blockNumber);
}
