namespace Kusama.Frame.Generators.Models;

/// <summary>A pallet, its valid [Call] methods in declaration order, the using directives of their files, and what was wrong.</summary>
internal sealed record PalletModel(PalletInfo Pallet, EquatableArray<CallModel> Calls, EquatableArray<string> Usings, EquatableArray<DiagnosticInfo> Diagnostics);
