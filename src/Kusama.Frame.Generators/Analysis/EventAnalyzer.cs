using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kusama.Frame.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kusama.Frame.Generators.Analysis;

/// <summary>Turns one [ScaleIndex] variant of an <c>abstract partial record XEvent</c> into an <see cref="EventVariantModel"/>.</summary>
internal static class EventAnalyzer
{
    /// <summary>Syntax-only filter: a record nested directly in an abstract partial record whose name ends with <c>Event</c>.</summary>
    public static bool IsEventVariant(SyntaxNode node, CancellationToken cancellationToken) =>
        node is RecordDeclarationSyntax { Parent: RecordDeclarationSyntax parent } &&
        parent.Identifier.ValueText.EndsWith("Event", System.StringComparison.Ordinal) &&
        parent.Modifiers.Any(SyntaxKind.AbstractKeyword) &&
        parent.Modifiers.Any(SyntaxKind.PartialKeyword);

    public static EventVariantModel? Analyze(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol { ContainingType: { } parent } variant ||
            context.TargetNode is not RecordDeclarationSyntax declaration ||
            context.Attributes.Length == 0 ||
            context.Attributes[0].ConstructorArguments.Length != 1 ||
            context.Attributes[0].ConstructorArguments[0].Value is not byte index)
            return null;
        cancellationToken.ThrowIfCancellationRequested();

        EventInfo info = AnalyzeEvent(parent);
        var diagnostics = new List<DiagnosticInfo>();
        LocationInfo? location = LocationInfo.From(variant.Locations.FirstOrDefault());
        if (!variant.IsSealed || !SymbolEqualityComparer.Default.Equals(variant.BaseType, parent))
            diagnostics.Add(CallAnalyzer.Diagnostic(GeneratorDiagnostics.CannotExtend, location, variant.Name, $"must be a sealed record deriving from {parent.Name} to be one of its variants"));

        var resolver = new ScaleTypeResolver(context.SemanticModel.Compilation);
        var fields = ImmutableArray.CreateBuilder<FieldModel>();
        if (declaration.ParameterList is { } parameters)
        {
            foreach (ParameterSyntax parameterSyntax in parameters.Parameters)
            {
                if (context.SemanticModel.GetDeclaredSymbol(parameterSyntax, cancellationToken) is not IParameterSymbol parameter)
                    continue;
                IPropertySymbol? property = variant.GetMembers(parameter.Name).OfType<IPropertySymbol>().FirstOrDefault();
                LocationInfo? at = LocationInfo.From(parameter.Locations.FirstOrDefault()) ?? location;
                ScaleType? type = resolver.Resolve(parameter.Type, FieldAttributes.IsCompact(parameter, property), out string? reason);
                if (type is null)
                {
                    diagnostics.Add(CallAnalyzer.Diagnostic(GeneratorDiagnostics.UnsupportedType, at, parameter.Name, variant.Name, parameter.Type.ToDisplayString(), reason ?? ""));
                    continue;
                }
                fields.Add(new FieldModel(parameter.Name, parameter.Name, type, FieldAttributes.MaxLength(parameter, property)));
            }
        }

        return new EventVariantModel(
            info,
            variant.Name,
            index,
            new EquatableArray<FieldModel>(fields.ToImmutable()),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutableArray()),
            location);
    }

    private static EventInfo AnalyzeEvent(INamedTypeSymbol parent)
    {
        string ns = parent.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : "";
        string displayName = parent.Name.Length > "Event".Length ? parent.Name.Substring(0, parent.Name.Length - "Event".Length) : parent.Name;
        DiagnosticInfo? error = parent.ContainingType is not null || parent.IsGenericType
            ? CallAnalyzer.Diagnostic(GeneratorDiagnostics.CannotExtend, LocationInfo.From(parent.Locations.FirstOrDefault()), parent.Name,
                "must be a non-generic top-level record to receive its derived codec")
            : null;

        // Any Decode the generator can see was written by hand (generated code is not visible to it): leave that codec be.
        bool handWritten = parent.GetMembers("Decode").Length > 0;
        return new EventInfo(ns, parent.Name, displayName, handWritten, error);
    }
}
