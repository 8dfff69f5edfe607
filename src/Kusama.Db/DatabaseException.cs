namespace Kusama.Db;

/// <summary>The database could not be opened, read or written; the message says why and what the operator can do.</summary>
public sealed class DatabaseException : Exception
{
    public DatabaseException(string message) : base(message) { }

    public DatabaseException(string message, Exception innerException) : base(message, innerException) { }

    public DatabaseException(string message, string? path, Exception? innerException = null) : base(message, innerException)
        => Path = path;

    /// <summary>The database directory, when the store has one.</summary>
    public string? Path { get; }
}
