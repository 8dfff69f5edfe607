namespace Kusama.Node.Cli;

/// <summary>A user error on the command line: printed as one <c>Error: …</c> line, exit code 1, no stack trace.</summary>
public sealed class CliException(string message) : Exception(message);
