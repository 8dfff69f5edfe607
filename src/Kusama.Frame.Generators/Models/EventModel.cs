namespace Kusama.Frame.Generators.Models;

/// <summary>An event record, its valid variants in declaration order, and what was wrong.</summary>
internal sealed record EventModel(EventInfo Event, EquatableArray<EventVariantModel> Variants, EquatableArray<DiagnosticInfo> Diagnostics);
