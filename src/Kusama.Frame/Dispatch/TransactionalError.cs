namespace Kusama.Frame.Dispatch;

/// <summary>sp-runtime's <c>TransactionalError</c>; values are the SCALE variant indices.</summary>
public enum TransactionalError : byte
{
    /// <summary>Too many nested storage layers.</summary>
    LimitReached = 0,
    /// <summary>No storage layer is open.</summary>
    NoLayer = 1,
}
