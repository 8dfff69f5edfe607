using Kusama.Core;

namespace Kusama.Frame.Weights;

/// <summary>frame_system's <c>WeightsPerClass</c>: the limits of one dispatch class (null = unlimited).</summary>
/// <param name="BaseExtrinsic">Charged for every extrinsic of the class on top of its call weight.</param>
/// <param name="MaxExtrinsic">The most one extrinsic of the class may weigh.</param>
/// <param name="MaxTotal">The most all extrinsics of the class may weigh together in a block.</param>
/// <param name="Reserved">Weight kept for this class even when the block is otherwise full.</param>
public sealed record WeightsPerClass(Weight BaseExtrinsic, Weight? MaxExtrinsic, Weight? MaxTotal, Weight? Reserved);
