using Kusama.Core;
using Kusama.Frame.Declarations;
using Kusama.Frame.Dispatch;
using Kusama.Runtime;

namespace Kusama.Frame.Generators.Tests.Pallets;

/// <summary>pallet_utility's argument shapes: a boxed RuntimeCall, a Vec of them, a u16 and a Weight; one weight reads an argument named <c>call</c>.</summary>
public sealed partial class UtilityPallet
{
    public List<RuntimeCall> Dispatched { get; } = [];

    [Call(0, Weight = "TestWeights.Batch(calls.Length)")]
    public DispatchResult Batch(Origin origin, RuntimeCall[] calls)
    {
        Dispatched.AddRange(calls);
        return DispatchResult.Ok;
    }

    [Call(1, Weight = "KusamaRuntime.GetDispatchInfo(call).Weight")]
    public DispatchResult AsDerivative(Origin origin, ushort index, RuntimeCall call)
    {
        Dispatched.Add(call);
        return DispatchResult.Ok;
    }

    [Call(5, Weight = "weight")]
    public DispatchResult WithWeight(Origin origin, RuntimeCall call, Weight weight)
    {
        Dispatched.Add(call);
        return DispatchResult.Ok;
    }
}
