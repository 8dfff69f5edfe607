using Microsoft.CodeAnalysis;

namespace Kusama.Frame.Generators.Models;

/// <summary>A diagnostic to report, as values: the descriptor's id, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[Arguments.Count];
        for (int i = 0; i < arguments.Length; i++)
            arguments[i] = Arguments[i];
        return Diagnostic.Create(GeneratorDiagnostics.ById(Id), Location?.ToLocation(), arguments);
    }
}
