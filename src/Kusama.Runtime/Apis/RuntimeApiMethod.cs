namespace Kusama.Runtime.Apis;

/// <summary>One <c>state_call</c> entry point: SCALE arguments in, SCALE output out, over the executive of the state called at.</summary>
public delegate byte[] RuntimeApiMethod(Executive.Executive executive, ReadOnlySpan<byte> args);
