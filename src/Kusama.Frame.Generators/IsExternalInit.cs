namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init-only properties compile on netstandard2.0, which predates them.</summary>
internal static class IsExternalInit;
