using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CodeGen.IntegrationTests.Observability;

/// <summary>Records every log entry of every category, fully formatted, with its exception's full text.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }

    /// <summary>Everything an entry could show: the message, each structured value and the exception's ToString().</summary>
    public string AllText() => string.Join("\n", Entries.Select(e => e.ToString()));

    public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State, string? Exception)
    {
        public override string ToString()
            => $"{Category} {Level} {EventId} {Message} {string.Join(" ", State.Select(p => p.Key + "=" + p.Value))} {Exception}";
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), values.ToList(), exception?.ToString()));
        }
    }
}
