using Kusama.Scale;

namespace Kusama.Scale.Tests.Examples;

/// <summary>The constant 4 (consensus engine ids are <c>[u8; 4]</c>).</summary>
public readonly struct Length4 : IConstLength
{
    public static int Value => 4;
}
