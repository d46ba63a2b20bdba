using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Observability;
using CodeGen.Runtime.Responses;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeGen.Runtime.Http;

/// <summary>
/// What a generated client needs to send a request: the injected <see cref="HttpClient"/>, the server, the
/// credentials, and the client's logger, trace source and response inspector. Generated clients hold one each; it is
/// safe to use from many threads.
/// </summary>
public sealed class ApiConnection
{
    private const string DefaultClientName = "CodeGen.Runtime.ApiClient";

    private readonly IAccessTokenProvider? _accessTokenProvider;
    private readonly IApiResponseInspector? _responseInspector;
    private readonly ILogger _logger;
    private readonly ActivitySource _activitySource;

    /// <summary>Creates the connection for one client.</summary>
    /// <param name="httpClient">The client that sends the requests; its lifetime belongs to the caller.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="documentServer">The first server URL of the OpenAPI document with its variables' defaults, or <see langword="null"/> if it has none that is absolute.</param>
    public ApiConnection(HttpClient httpClient, ApiClientOptions options, Uri? documentServer)
        : this(httpClient, options, documentServer, DefaultClientName)
    {
    }

    /// <summary>Creates the connection for one client.</summary>
    /// <param name="httpClient">The client that sends the requests; its lifetime belongs to the caller.</param>
    /// <param name="options">The client's options.</param>
    /// <param name="documentServer">The first server URL of the OpenAPI document with its variables' defaults, or <see langword="null"/> if it has none that is absolute.</param>
    /// <param name="clientName">The client's full type name: the logger category and the <see cref="ActivitySource"/> name.</param>
    public ApiConnection(HttpClient httpClient, ApiClientOptions options, Uri? documentServer, string clientName)
    {
        HttpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (string.IsNullOrEmpty(clientName))
        {
            throw new ArgumentException("The client name is empty.", nameof(clientName));
        }

        BaseAddress = options.BaseAddress ?? httpClient.BaseAddress ?? documentServer
            ?? throw new ArgumentException(
                "No server address: set the options' BaseAddress or the HttpClient's BaseAddress, because the OpenAPI document names no absolute server URL.",
                nameof(options));
        if (!BaseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The server address '{BaseAddress}' must be absolute.", nameof(options));
        }

        _accessTokenProvider = options.AccessTokenProvider;
        _responseInspector = options.ResponseInspector;
        _logger = options.LoggerFactory?.CreateLogger(clientName) ?? NullLogger.Instance;
        _activitySource = ClientActivitySources.For(clientName);
        MaxResponseBodyBytes = options.MaxResponseBodyBytes;
        ValidatesRequests = options.ValidateRequests;
    }

    /// <summary>The client that sends the requests.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>The server every request path is appended to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The largest response body the client reads into memory.</summary>
    public int MaxResponseBodyBytes { get; }

    /// <summary>Whether request bodies are checked against the API description before they are sent.</summary>
    public bool ValidatesRequests { get; }

    /// <summary>
    /// Sends the request and returns as soon as the headers arrive, so the body can be streamed or bounded.
    /// </summary>
    /// <param name="request">The request; the caller disposes it.</param>
    /// <param name="useBearerToken">Whether the operation declares bearer security.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool useBearerToken, CancellationToken cancellationToken)
        => SendAsync(request, "Send", request?.RequestUri?.AbsolutePath ?? string.Empty, useBearerToken, cancellationToken);

    /// <summary>
    /// Sends the request and returns as soon as the headers arrive, logging the call and tracing it as a client
    /// <see cref="Activity"/> with the OpenTelemetry HTTP attributes.
    /// </summary>
    /// <param name="request">The request; the caller disposes it.</param>
    /// <param name="operationName">The generated method's name, for logs and traces.</param>
    /// <param name="pathTemplate">The path as the document writes it (<c>url.template</c>); never the filled-in URL.</param>
    /// <param name="useBearerToken">Whether the operation declares bearer security.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operationName, string pathTemplate, bool useBearerToken, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        string method = request.Method.Method;
        using Activity? activity = StartActivity(operationName, method, pathTemplate);
        ClientLog.Sending(_logger, operationName, method, pathTemplate);
        long started = Stopwatch.GetTimestamp();
        try
        {
            if (useBearerToken && _accessTokenProvider is not null)
            {
                string? token = await _accessTokenProvider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                if (!string.IsNullOrEmpty(token))
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
            }

            RequestDeadline.Start(request, HttpClient.Timeout);
            HttpResponseMessage response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            ClientLog.Received(_logger, operationName, status, ElapsedMilliseconds(started));
            if (activity is not null)
            {
                activity.SetTag(HttpTags.ResponseStatusCode, status);
                if (status >= 400)
                {
                    // The semantic conventions use the status code itself as the error type of an HTTP failure.
                    activity.SetTag(HttpTags.ErrorType, status.ToString(CultureInfo.InvariantCulture));
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            ClientLog.Canceled(_logger, operationName, ElapsedMilliseconds(started));
            MarkFailed(activity, typeof(OperationCanceledException));
            throw;
        }
        catch (Exception exception)
        {
            // Only the type goes to the trace: a status description would copy the message, which is not ours to vet.
            ClientLog.Failed(_logger, operationName, exception.GetType().FullName!, ElapsedMilliseconds(started), exception);
            MarkFailed(activity, exception.GetType());
            throw;
        }
    }

    /// <summary>
    /// Reads a 2xx body as JSON and passes it to the options' <see cref="IApiResponseInspector"/>, throwing the
    /// exception the inspector returns.
    /// </summary>
    /// <param name="response">The successful response.</param>
    /// <param name="operationName">The generated method's name.</param>
    /// <param name="pathTemplate">The path as the document writes it.</param>
    /// <param name="converter">The generated converter for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="Errors.ApiException">The body is too large or not valid JSON for <typeparamref name="T"/>.</exception>
    public async Task<T> ReadSuccessAsync<T>(HttpResponseMessage response, string operationName, string pathTemplate, JsonConverter<T> converter, CancellationToken cancellationToken)
    {
        T body = await ApiResponseReader.ReadJsonAsync(response, converter, MaxResponseBodyBytes, cancellationToken).ConfigureAwait(false);
        Inspect(response, operationName, pathTemplate, body);
        return body;
    }

    /// <summary>
    /// Passes a 2xx answer to the options' <see cref="IApiResponseInspector"/>, throwing the exception it returns.
    /// </summary>
    /// <param name="response">The successful response, its body already read.</param>
    /// <param name="operationName">The generated method's name.</param>
    /// <param name="pathTemplate">The path as the document writes it.</param>
    /// <param name="body">The typed body, or <see langword="null"/> for an answer without one.</param>
    public void Inspect(HttpResponseMessage response, string operationName, string pathTemplate, object? body)
    {
        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        if (_responseInspector is null)
        {
            return;
        }

        Exception? failure = _responseInspector.Inspect(new ApiResponseContext(operationName, pathTemplate, response.StatusCode, response.Headers, body));
        if (failure is null)
        {
            return;
        }

        string errorType = failure.GetType().FullName!;
        ClientLog.ErrorInSuccessResponse(_logger, operationName, (int)response.StatusCode, errorType);
        Activity.Current?.AddEvent(new ActivityEvent("error_in_success_response", tags: new ActivityTagsCollection
        {
            [HttpTags.Operation] = operationName,
            [HttpTags.ErrorType] = errorType,
        }));
        throw failure;
    }

    private Activity? StartActivity(string operationName, string method, string pathTemplate)
    {
        if (!_activitySource.HasListeners())
        {
            return null;
        }

        Activity? activity = _activitySource.StartActivity(operationName, ActivityKind.Client);
        if (activity is null)
        {
            return null;
        }

        // The conventions' span name for an HTTP client call: "{method} {url.template}".
        activity.DisplayName = method + " " + pathTemplate;
        if (activity.IsAllDataRequested)
        {
            activity.SetTag(HttpTags.RequestMethod, method);
            activity.SetTag(HttpTags.UrlTemplate, pathTemplate);
            activity.SetTag(HttpTags.ServerAddress, BaseAddress.Host);
            activity.SetTag(HttpTags.ServerPort, BaseAddress.Port);
            activity.SetTag(HttpTags.Operation, operationName);
        }

        return activity;
    }

    private static void MarkFailed(Activity? activity, Type exceptionType)
    {
        if (activity is not null)
        {
            activity.SetTag(HttpTags.ErrorType, exceptionType.FullName);
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    private static double ElapsedMilliseconds(long started)
        => Math.Round((Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency, 1);
}
