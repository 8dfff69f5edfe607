namespace Kusama.Node;

/// <summary>Entry point of the <c>kusama</c> executable.</summary>
public static class Program
{
    public static int Main(string[] args) => 0;
}
