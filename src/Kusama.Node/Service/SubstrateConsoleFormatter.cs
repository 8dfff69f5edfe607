using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Kusama.Node.Service;

/// <summary>Log lines as Substrate prints them: <c>2026-11-24 10:15:02 🏆 Imported #12 (0x8f72…7f29)</c>; warnings and errors say so.</summary>
public sealed class SubstrateConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "substrate";

    public override void Write<TState>(in LogEntry<TState> logEntry, Microsoft.Extensions.Logging.IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        string message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null) return;
        textWriter.Write(DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(' ');
        if (logEntry.LogLevel >= LogLevel.Error) textWriter.Write("ERROR ");
        else if (logEntry.LogLevel == LogLevel.Warning) textWriter.Write("WARN ");
        textWriter.Write(message);
        if (logEntry.Exception is { } exception && logEntry.LogLevel >= LogLevel.Error)
        {
            textWriter.Write(' ');
            textWriter.Write(exception.ToString());
        }
        textWriter.WriteLine();
    }
}
