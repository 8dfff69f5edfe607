namespace Kusama.Frame.Generators.Models;

/// <summary>One call argument or event field: its declared name, the record property that carries it, its encoding and its length bound.</summary>
internal sealed record FieldModel(string Name, string PropertyName, ScaleType Type, string MaxLength);
