namespace Kusama.Frame.Generators.Models;

/// <summary>
/// The pallet class a [Call] method belongs to: where its derived code goes, the call type's name, the name used in
/// messages, its accessibility, whether its derived code is still hand-written, and what stops it from being extended.
/// </summary>
internal sealed record PalletInfo(
    string Namespace,
    string ClassName,
    string CallTypeName,
    string DisplayName,
    string Accessibility,
    bool IsHandWritten,
    DiagnosticInfo? Error);
