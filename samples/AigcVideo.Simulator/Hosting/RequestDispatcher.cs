using System.Text;
using AigcVideo.Simulator.Endpoints;
using AigcVideo.Simulator.Errors;
using AigcVideo.Simulator.Responses;
using Microsoft.Net.Http.Headers;

namespace AigcVideo.Simulator.Hosting;

/// <summary>
/// The simulator's only middleware: records the request, routes it, checks the bearer token on the API paths, and
/// turns every <see cref="ApiException"/> into a Tencent error envelope.
/// </summary>
internal sealed class RequestDispatcher
{
    private readonly RequestLog _log;
    private readonly BearerAuthenticator _authenticator;
    private readonly CreateTaskEndpoint _createTask;
    private readonly CreateTaskEndpoint _templateEffect;
    private readonly QueryTaskEndpoint _queryTask;
    private readonly FileEndpoint _file;

    /// <summary>Creates the dispatcher over the given endpoints.</summary>
    public RequestDispatcher(
        RequestLog log,
        BearerAuthenticator authenticator,
        CreateTaskEndpoint createTask,
        CreateTaskEndpoint templateEffect,
        QueryTaskEndpoint queryTask,
        FileEndpoint file)
    {
        _log = log;
        _authenticator = authenticator;
        _createTask = createTask;
        _templateEffect = templateEffect;
        _queryTask = queryTask;
        _file = file;
    }

    /// <summary>Raised after each answer with the recorded request and the HTTP status sent (used by the console host).</summary>
    public event Action<RecordedRequest, int>? RequestCompleted;

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var recorded = new RecordedRequest(
            request.Method,
            request.Path.HasValue ? request.Path.Value! : "/",
            request.Headers.TryGetValue(HeaderNames.Authorization, out var authorization) ? authorization.ToString() : null,
            request.Headers.TryGetValue(HeaderNames.ContentType, out var contentType) ? contentType.ToString() : null,
            body);
        _log.Add(recorded);

        try
        {
            await RouteAsync(context, recorded.Path, body);
        }
        catch (ApiException ex) when (!context.Response.HasStarted)
        {
            await JsonResponses.WriteErrorAsync(context, ex.Error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !context.Response.HasStarted)
        {
            await JsonResponses.WriteErrorAsync(context, new ApiError(StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, ex.Message));
        }

        RequestCompleted?.Invoke(recorded, context.Response.StatusCode);
    }

    private Task RouteAsync(HttpContext context, string path, string body)
    {
        string method = context.Request.Method;
        if (path == Routes.CreateTask)
        {
            RequireMethod(context, path, HttpMethods.Post);
            _authenticator.Authenticate(context.Request);
            return _createTask.HandleAsync(context, body);
        }

        if (path == Routes.TemplateEffect)
        {
            RequireMethod(context, path, HttpMethods.Post);
            _authenticator.Authenticate(context.Request);
            return _templateEffect.HandleAsync(context, body);
        }

        if (path.StartsWith(Routes.QueryPrefix, StringComparison.Ordinal) && !path.AsSpan(Routes.QueryPrefix.Length).Contains('/'))
        {
            RequireMethod(context, path, HttpMethods.Get);
            _authenticator.Authenticate(context.Request);
            return _queryTask.HandleAsync(context, path[Routes.QueryPrefix.Length..]);
        }

        if (path.StartsWith(Routes.FilesPrefix, StringComparison.Ordinal)
            && path.EndsWith(Routes.FileExtension, StringComparison.Ordinal)
            && path.Length > Routes.FilesPrefix.Length + Routes.FileExtension.Length
            && !path.AsSpan(Routes.FilesPrefix.Length).Contains('/'))
        {
            if (!HttpMethods.IsHead(method))
            {
                RequireMethod(context, path, HttpMethods.Get);
            }

            return _file.HandleAsync(context, path[Routes.FilesPrefix.Length..^Routes.FileExtension.Length]);
        }

        throw new ApiError(StatusCodes.Status404NotFound, ErrorCodes.InvalidAction, $"The gateway does not serve {method} {path}.").ToException();
    }

    private static void RequireMethod(HttpContext context, string path, string expected)
    {
        string method = context.Request.Method;
        if (!string.Equals(method, expected, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.Allow = expected;
            throw new ApiError(
                StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.UnsupportedOperation,
                $"{path} accepts {expected} only (got {method}).").ToException();
        }
    }
}
