using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Kusama.Node.Tests.Operations;

/// <summary>The real <c>kusama</c> executable (copied next to the tests) running as a child process, its log lines collected.</summary>
internal sealed partial class NodeProcess : IDisposable
{
    private const int SigInt = 2;
    private const int SigKill = 9;

    private readonly Process _process;
    private readonly List<string> _lines = [];

    private NodeProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string ExecutablePath => Path.Combine(AppContext.BaseDirectory, "kusama");

    /// <summary>Starts <c>kusama --dev --dev-block-time 500 --base-path DIR --rpc-port 0 --port 0</c>.</summary>
    public static NodeProcess StartDev(string basePath)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in (string[])["--dev", "--dev-block-time", "500", "--base-path", basePath, "--rpc-port", "0", "--port", "0"]) start.ArgumentList.Add(arg);
        return new NodeProcess(Process.Start(start)!);
    }

    public string Log
    {
        get { lock (_lines) return string.Join('\n', _lines); }
    }

    /// <summary>The highest "🏆 Imported #N" seen so far, or -1.</summary>
    public long LastImported
    {
        get
        {
            long highest = -1;
            lock (_lines)
                foreach (string line in _lines)
                    if (ImportedLine().Match(line) is { Success: true } m) highest = Math.Max(highest, long.Parse(m.Groups[1].Value));
            return highest;
        }
    }

    /// <summary>Waits until a log line matches <paramref name="pattern"/>; returns its first group.</summary>
    public string WaitFor(Regex pattern, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            lock (_lines)
                foreach (string line in _lines)
                    if (pattern.Match(line) is { Success: true } m) return m.Groups.Count > 1 ? m.Groups[1].Value : m.Value;
            if (_process.HasExited) break;
            Thread.Sleep(50);
        }
        throw new TimeoutException($"No log line matched {pattern} (exited: {_process.HasExited}). Log:\n{Log}");
    }

    /// <summary>Waits until the node has imported block <paramref name="number"/>.</summary>
    public void WaitForImported(long number, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (LastImported < number)
        {
            if (deadline.Elapsed > timeout || _process.HasExited)
                throw new TimeoutException($"Block #{number} was not imported (exited: {_process.HasExited}). Log:\n{Log}");
            Thread.Sleep(50);
        }
    }

    /// <summary>Sends SIGINT (Ctrl+C) and waits for the exit code.</summary>
    public int Interrupt(TimeSpan timeout) => Signal(SigInt, timeout);

    /// <summary>Kills the process outright (SIGKILL): no shutdown code runs.</summary>
    public void KillHard(TimeSpan timeout) => Signal(SigKill, timeout);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    private int Signal(int signal, TimeSpan timeout)
    {
        Assert.Equal(0, kill(_process.Id, signal));
        Assert.True(_process.WaitForExit(timeout), $"The node did not exit within {timeout}. Log:\n{Log}");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    private void Collect(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add(line);
    }

    [GeneratedRegex(@"🏆 Imported #(\d+)")]
    private static partial Regex ImportedLine();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
