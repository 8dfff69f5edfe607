using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Kusama.Frame.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kusama.Frame.Generators.Analysis;

/// <summary>Turns one [Call] method into a <see cref="CallModel"/>: plain values only, so the pipeline caches it.</summary>
internal static class CallAnalyzer
{
    private const string DispatchResult = "Kusama.Frame.Dispatch.DispatchResult";
    private const string Origin = "Kusama.Frame.Dispatch.Origin";

    public static CallModel? Analyze(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length == 0)
            return null;
        cancellationToken.ThrowIfCancellationRequested();
        AttributeData attribute = context.Attributes[0];
        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not byte index)
            return null;

        PalletInfo pallet = AnalyzePallet(method.ContainingType, context.SemanticModel.Compilation);
        HashSet<string> recordNames = CallNames(method.ContainingType);
        var diagnostics = new List<DiagnosticInfo>();
        LocationInfo? location = LocationInfo.From(method.Locations.FirstOrDefault());

        string weight = "global::Kusama.Core.Weight.Zero";
        string dispatchClass = "global::Kusama.Frame.Dispatch.DispatchClass.Normal";
        string pays = "global::Kusama.Frame.Dispatch.Pays.Yes";
        foreach (KeyValuePair<string, TypedConstant> named in attribute.NamedArguments)
        {
            switch (named.Key)
            {
                case "Weight" when named.Value.Value is string text:
                    weight = text;
                    break;
                case "Class":
                    dispatchClass = EnumMember(named.Value) ?? dispatchClass;
                    break;
                case "Pays":
                    pays = EnumMember(named.Value) ?? pays;
                    break;
            }
        }

        if (method.ReturnType.ToDisplayString() != DispatchResult)
            diagnostics.Add(Diagnostic(GeneratorDiagnostics.CallMustReturnDispatchResult, location, method.Name, method.ReturnType.ToDisplayString()));
        if (method.IsGenericMethod)
            diagnostics.Add(Diagnostic(GeneratorDiagnostics.CannotExtend, location, method.Name, "is generic; a [Call] method cannot be"));
        bool originFirst = method.Parameters.Length > 0 && method.Parameters[0].Type.ToDisplayString() == Origin &&
                           method.Parameters[0].RefKind is RefKind.None or RefKind.In;
        if (!originFirst)
            diagnostics.Add(Diagnostic(GeneratorDiagnostics.CallMustTakeOriginFirst, location, method.Name));

        var resolver = new ScaleTypeResolver(context.SemanticModel.Compilation);
        var arguments = ImmutableArray.CreateBuilder<FieldModel>();
        // Without an origin first, which parameters are the call's arguments is a guess: report only that.
        for (int i = 1; originFirst && i < method.Parameters.Length; i++)
        {
            IParameterSymbol parameter = method.Parameters[i];
            LocationInfo? at = LocationInfo.From(parameter.Locations.FirstOrDefault()) ?? location;
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                diagnostics.Add(Diagnostic(GeneratorDiagnostics.ArgumentNotByValue, at, parameter.Name, method.Name));
                continue;
            }
            ScaleType? type = resolver.Resolve(parameter.Type, FieldAttributes.IsCompact(parameter, null), out string? reason);
            if (type is null)
            {
                diagnostics.Add(Diagnostic(GeneratorDiagnostics.UnsupportedType, at, parameter.Name, method.Name, parameter.Type.ToDisplayString(), reason ?? ""));
                continue;
            }
            string property = Naming.PropertyName(parameter.Name, recordNames, type.Kind == ScaleTypeKind.Bytes);
            arguments.Add(new FieldModel(parameter.Name, property, type, FieldAttributes.MaxLength(parameter, null)));
        }

        var weightIdentifiers = ImmutableArray.CreateBuilder<string>();
        ExpressionSyntax expression = SyntaxFactory.ParseExpression(weight);
        Diagnostic? parseError = expression.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (parseError is not null)
        {
            diagnostics.Add(Diagnostic(GeneratorDiagnostics.WeightNotExpression, location, method.Name, parseError.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else
        {
            var used = new HashSet<string>(expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText));
            foreach (IParameterSymbol parameter in method.Parameters.Skip(1))
            {
                if (used.Contains(parameter.Name))
                    weightIdentifiers.Add(parameter.Name);
            }
        }

        return new CallModel(
            pallet,
            method.Name,
            Naming.SnakeCase(method.Name),
            index,
            weight,
            new EquatableArray<string>(weightIdentifiers.ToImmutable()),
            dispatchClass,
            pays,
            new EquatableArray<FieldModel>(arguments.ToImmutable()),
            new EquatableArray<string>(Usings(context.TargetNode)),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutableArray()),
            location);
    }

    private static PalletInfo AnalyzePallet(INamedTypeSymbol pallet, Compilation compilation)
    {
        string ns = pallet.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : "";
        string displayName = pallet.Name.Length > "Pallet".Length && pallet.Name.EndsWith("Pallet", System.StringComparison.Ordinal)
            ? pallet.Name.Substring(0, pallet.Name.Length - "Pallet".Length)
            : pallet.Name;
        string callTypeName = displayName + "Call";
        string accessibility = pallet.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";

        DiagnosticInfo? error = null;
        LocationInfo? location = LocationInfo.From(pallet.Locations.FirstOrDefault());
        if (pallet.TypeKind != TypeKind.Class || !IsPartial(pallet))
            error = Diagnostic(GeneratorDiagnostics.CannotExtend, location, pallet.Name, "must be a partial class to receive its derived calls and dispatch");
        else if (pallet.ContainingType is not null || pallet.IsGenericType)
            error = Diagnostic(GeneratorDiagnostics.CannotExtend, location, pallet.Name, "must be a non-generic top-level class to receive its derived calls and dispatch");

        // A call type declared by hand without 'partial' means the pallet's derived code is still hand-written: leave it be.
        INamedTypeSymbol? existing = compilation.GetTypeByMetadataName(ns.Length == 0 ? callTypeName : ns + "." + callTypeName);
        bool handWritten = existing is not null && !IsPartial(existing);
        return new PalletInfo(ns, pallet.Name, callTypeName, displayName, accessibility, handWritten, error);
    }

    /// <summary>The names of the pallet's call records: its [Call] methods.</summary>
    private static HashSet<string> CallNames(INamedTypeSymbol pallet)
    {
        var names = new HashSet<string>();
        foreach (ISymbol member in pallet.GetMembers())
        {
            if (member is not IMethodSymbol candidate)
                continue;
            foreach (AttributeData attribute in candidate.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == PalletGenerator.CallAttribute)
                    names.Add(candidate.Name);
            }
        }
        return names;
    }

    internal static bool IsPartial(INamedTypeSymbol type)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                return true;
        }
        return false;
    }

    /// <summary>The using directives in scope where <paramref name="node"/> is declared (global usings apply anyway).</summary>
    private static ImmutableArray<string> Usings(SyntaxNode node)
    {
        var usings = ImmutableArray.CreateBuilder<string>();
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            SyntaxList<UsingDirectiveSyntax> directives = ancestor switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (UsingDirectiveSyntax directive in directives)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.None))
                    usings.Add(directive.WithoutTrivia().ToString());
            }
        }
        return usings.ToImmutable();
    }

    private static string? EnumMember(TypedConstant constant)
    {
        if (constant.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            return null;
        foreach (ISymbol member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.Value))
                return enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name;
        }
        return null;
    }

    internal static DiagnosticInfo Diagnostic(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, new EquatableArray<string>(arguments.ToImmutableArray()));
}
