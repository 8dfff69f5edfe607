namespace Kusama.Blockchain.ChainSpecs;

/// <summary>A telemetry endpoint and the verbosity sent to it (the chain spec's <c>[url, verbosity]</c> pair).</summary>
public readonly record struct TelemetryEndpoint(string Url, byte Verbosity);
