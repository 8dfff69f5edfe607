using System.Collections.Generic;
using System.Collections.Immutable;
using Kusama.Frame.Generators.Analysis;
using Kusama.Frame.Generators.Emit;
using Kusama.Frame.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kusama.Frame.Generators;

/// <summary>
/// Derives a pallet's code from its declaration: from the [Call] methods of <c>XPallet</c>, the <c>XCall</c> records and
/// their SCALE codec, <c>GetDispatchInfo</c> and <c>Dispatch</c>; from the [ScaleIndex] variants of an
/// <c>abstract partial record XEvent</c>, its SCALE codec.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PalletGenerator : IIncrementalGenerator
{
    public const string CallAttribute = "Kusama.Frame.Declarations.CallAttribute";
    public const string ScaleIndexAttribute = "Kusama.Scale.ScaleIndexAttribute";

    /// <summary>Tracking names of the pipeline steps, for incrementality tests.</summary>
    public const string CallsStep = "Calls";
    public const string PalletsStep = "Pallets";
    public const string EventVariantsStep = "EventVariants";
    public const string EventsStep = "Events";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<CallModel> calls = context.SyntaxProvider
            .ForAttributeWithMetadataName(CallAttribute, static (node, _) => node is MethodDeclarationSyntax, CallAnalyzer.Analyze)
            .Where(static call => call is not null)!
            .WithTrackingName(CallsStep)!;
        IncrementalValuesProvider<PalletModel> pallets = calls.Collect()
            .SelectMany(static (all, _) => Grouping.Pallets(all))
            .WithTrackingName(PalletsStep);
        context.RegisterSourceOutput(pallets, static (output, pallet) => EmitPallet(output, pallet));

        IncrementalValuesProvider<EventVariantModel> variants = context.SyntaxProvider
            .ForAttributeWithMetadataName(ScaleIndexAttribute, EventAnalyzer.IsEventVariant, EventAnalyzer.Analyze)
            .Where(static variant => variant is not null)!
            .WithTrackingName(EventVariantsStep)!;
        IncrementalValuesProvider<EventModel> events = variants.Collect()
            .SelectMany(static (all, _) => Grouping.Events(all))
            .WithTrackingName(EventsStep);
        context.RegisterSourceOutput(events, static (output, model) => EmitEvent(output, model));
    }

    private static void EmitPallet(SourceProductionContext output, PalletModel model)
    {
        foreach (DiagnosticInfo diagnostic in model.Diagnostics)
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        if (model.Pallet.Error is not null || model.Pallet.IsHandWritten)
            return;
        string prefix = model.Pallet.Namespace.Length == 0 ? "" : model.Pallet.Namespace + ".";
        output.AddSource(prefix + model.Pallet.CallTypeName + ".g.cs", CallEmitter.CallType(model));
        output.AddSource(prefix + model.Pallet.ClassName + ".Dispatch.g.cs", CallEmitter.Dispatch(model));
    }

    private static void EmitEvent(SourceProductionContext output, EventModel model)
    {
        foreach (DiagnosticInfo diagnostic in model.Diagnostics)
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        if (model.Event.Error is not null || model.Event.IsHandWritten)
            return;
        string prefix = model.Event.Namespace.Length == 0 ? "" : model.Event.Namespace + ".";
        output.AddSource(prefix + model.Event.TypeName + ".g.cs", EventEmitter.Codec(model));
    }
}
