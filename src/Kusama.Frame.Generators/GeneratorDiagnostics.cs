using Microsoft.CodeAnalysis;

namespace Kusama.Frame.Generators;

/// <summary>The pallet generator's diagnostics: a declaration it cannot derive code from is reported, never crashed on.</summary>
internal static class GeneratorDiagnostics
{
    private const string Category = "Kusama.Frame";

    public static readonly DiagnosticDescriptor CallMustReturnDispatchResult = new(
        "KFG001", "A [Call] method must return DispatchResult",
        "[Call] method '{0}' returns '{1}'; a call returns Kusama.Frame.Dispatch.DispatchResult", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor CallMustTakeOriginFirst = new(
        "KFG002", "A [Call] method must take Origin first",
        "[Call] method '{0}' must take a Kusama.Frame.Dispatch.Origin as its first parameter", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor UnsupportedType = new(
        "KFG003", "No SCALE encoding for a call argument or event field",
        "'{0}' of '{1}' has type '{2}', which has no SCALE encoding: {3}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor DuplicateIndex = new(
        "KFG004", "Duplicate call or event index",
        "'{0}' uses index {1}, already taken by '{2}'; every variant needs its own wire index", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor CannotExtend = new(
        "KFG005", "The declaration cannot be extended",
        "'{0}' {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor WeightNotExpression = new(
        "KFG006", "The Weight of a [Call] is not a C# expression",
        "The Weight of [Call] method '{0}' is not a C# expression: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor ArgumentNotByValue = new(
        "KFG007", "A call argument is not passed by value",
        "Argument '{0}' of [Call] method '{1}' must be passed by value (no ref, out, in or params)", Category, DiagnosticSeverity.Error, true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "KFG001" => CallMustReturnDispatchResult,
        "KFG002" => CallMustTakeOriginFirst,
        "KFG003" => UnsupportedType,
        "KFG004" => DuplicateIndex,
        "KFG005" => CannotExtend,
        "KFG006" => WeightNotExpression,
        _ => ArgumentNotByValue,
    };
}
