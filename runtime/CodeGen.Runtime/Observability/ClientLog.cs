using System;
using Microsoft.Extensions.Logging;

namespace CodeGen.Runtime.Observability;

/// <summary>
/// The client's log messages as cached <see cref="LoggerMessage"/> delegates: no formatting or boxing unless the
/// level is enabled. Messages name the method, the path template and the status, never the URL, headers or body,
/// which is what keeps credentials out of logs.
/// </summary>
internal static class ClientLog
{
    private static readonly Action<ILogger, string, string, string, Exception?> SendingMessage = LoggerMessage.Define<string, string, string>(
        LogLevel.Debug,
        new EventId(1, "Sending"),
        "{Operation}: sending {HttpMethod} {UrlTemplate}");

    private static readonly Action<ILogger, string, int, double, Exception?> ReceivedMessage = LoggerMessage.Define<string, int, double>(
        LogLevel.Information,
        new EventId(2, "Received"),
        "{Operation}: HTTP {StatusCode} after {ElapsedMilliseconds} ms");

    private static readonly Action<ILogger, string, string, double, Exception?> FailedMessage = LoggerMessage.Define<string, string, double>(
        LogLevel.Warning,
        new EventId(3, "Failed"),
        "{Operation}: no response ({ErrorType}) after {ElapsedMilliseconds} ms");

    private static readonly Action<ILogger, string, int, string, Exception?> EnvelopeErrorMessage = LoggerMessage.Define<string, int, string>(
        LogLevel.Warning,
        new EventId(4, "ErrorInSuccessResponse"),
        "{Operation}: HTTP {StatusCode} carried an error ({ErrorType})");

    private static readonly Action<ILogger, string, double, Exception?> CanceledMessage = LoggerMessage.Define<string, double>(
        LogLevel.Debug,
        new EventId(5, "Canceled"),
        "{Operation}: canceled by the caller after {ElapsedMilliseconds} ms");

    public static void Sending(ILogger logger, string operation, string method, string urlTemplate) => SendingMessage(logger, operation, method, urlTemplate, null);

    public static void Received(ILogger logger, string operation, int statusCode, double elapsedMilliseconds) => ReceivedMessage(logger, operation, statusCode, elapsedMilliseconds, null);

    // The exception travels as the log entry's exception: its message is the transport's, which names the host at most.
    public static void Failed(ILogger logger, string operation, string errorType, double elapsedMilliseconds, Exception exception) => FailedMessage(logger, operation, errorType, elapsedMilliseconds, exception);

    public static void ErrorInSuccessResponse(ILogger logger, string operation, int statusCode, string errorType) => EnvelopeErrorMessage(logger, operation, statusCode, errorType, null);

    public static void Canceled(ILogger logger, string operation, double elapsedMilliseconds) => CanceledMessage(logger, operation, elapsedMilliseconds, null);
}
