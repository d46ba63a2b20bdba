using System.Text;

namespace AigcVideo.Cli.Tests;

/// <summary>
/// A thread-safe writer that records complete lines and lets a test wait for one, so it can act (force a status,
/// cancel) while the CLI is still running on another thread.
/// </summary>
internal sealed class LineWriter : TextWriter
{
    private readonly object _gate = new();
    private readonly StringBuilder _all = new();
    private readonly StringBuilder _current = new();
    private readonly List<string> _lines = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _all.ToString();
            }
        }
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public override void Write(char value)
    {
        lock (_gate)
        {
            _all.Append(value);
            if (value == '\r')
            {
                return;
            }

            if (value != '\n')
            {
                _current.Append(value);
                return;
            }

            string line = _current.ToString();
            _current.Clear();
            _lines.Add(line);
            foreach ((Func<string, bool> match, TaskCompletionSource<string> found) in _waiters.Where(w => w.Match(line)).ToList())
            {
                found.TrySetResult(line);
                _waiters.RemoveAll(w => w.Found == found);
            }
        }
    }

    /// <summary>Completes with the first line (already written or still to come) that matches.</summary>
    public Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        lock (_gate)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return Task.FromResult(line);
            }

            var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, found));
            return found.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
