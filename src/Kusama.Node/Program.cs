using Kusama.Node.Cli;

namespace Kusama.Node;

/// <summary>Entry point of the <c>kusama</c> executable.</summary>
public static class Program
{
    public static int Main(string[] args) => new KusamaCli(Console.Out, Console.Error, Console.In).Invoke(args);
}
