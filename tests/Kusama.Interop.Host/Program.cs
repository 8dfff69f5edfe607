namespace Kusama.Interop.Host;

/// <summary>Line-oriented JSON host the Node.js interop suite drives to cross-check the C# implementation.</summary>
public static class Program
{
    public static int Main(string[] args) => 0;
}
