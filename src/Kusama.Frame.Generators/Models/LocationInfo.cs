using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kusama.Frame.Generators.Models;

/// <summary>Where a diagnostic points, kept as plain values so models never hold a syntax tree.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
            return null;
        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
