namespace Kusama.Frame.Generators.Models;

/// <summary>The event record a variant belongs to: where its codec goes and the name used in messages.</summary>
internal sealed record EventInfo(string Namespace, string TypeName, string DisplayName, bool IsHandWritten, DiagnosticInfo? Error);
