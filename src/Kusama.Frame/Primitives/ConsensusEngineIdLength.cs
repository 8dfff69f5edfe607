using Kusama.Scale;

namespace Kusama.Frame.Primitives;

/// <summary>The length of a <c>ConsensusEngineId</c> (<c>[u8; 4]</c>, e.g. <c>BABE</c>, <c>FRNK</c>).</summary>
public readonly struct ConsensusEngineIdLength : IConstLength
{
    public static int Value => 4;
}
