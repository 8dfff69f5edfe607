namespace Kusama.Frame.Generators.Models;

/// <summary>
/// One [Call] method: its pallet, wire index, Rust name, weight expression (and which arguments it reads), class, pays,
/// arguments, the using directives of the file it is declared in (its weight expression was written under them), and what
/// was wrong with it (a call with errors is left out of the derived code).
/// </summary>
internal sealed record CallModel(
    PalletInfo Pallet,
    string MethodName,
    string RustName,
    byte Index,
    string Weight,
    EquatableArray<string> WeightIdentifiers,
    string Class,
    string Pays,
    EquatableArray<FieldModel> Arguments,
    EquatableArray<string> Usings,
    EquatableArray<DiagnosticInfo> Diagnostics,
    LocationInfo? Location);
