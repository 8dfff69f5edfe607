namespace Kusama.Node.Cli;

/// <summary>How key commands print their result (subkey's <c>--output-type</c>).</summary>
public enum OutputType
{
    Text,
    Json,
}
