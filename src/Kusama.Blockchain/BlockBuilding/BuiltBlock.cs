using Kusama.Blockchain.Execution;
using Kusama.Frame.Primitives;

namespace Kusama.Blockchain.BlockBuilding;

/// <summary>A block the <see cref="BlockBuilder"/> finished: its header (not yet sealed), body, and the state changes it makes.</summary>
public sealed record BuiltBlock(Header Header, byte[][] Extrinsics, ExecutedBlock Executed);
