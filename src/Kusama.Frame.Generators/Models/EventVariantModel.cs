namespace Kusama.Frame.Generators.Models;

/// <summary>One nested event record with a [ScaleIndex]: its name, index, positional fields, and what was wrong with it.</summary>
internal sealed record EventVariantModel(
    EventInfo Event,
    string Name,
    byte Index,
    EquatableArray<FieldModel> Fields,
    EquatableArray<DiagnosticInfo> Diagnostics,
    LocationInfo? Location);
