using System.Net;
using AigcVideo.Simulator.Endpoints;
using AigcVideo.Simulator.Faults;
using AigcVideo.Simulator.Hosting;
using AigcVideo.Simulator.Tasks;
using AigcVideo.Simulator.Validation;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AigcVideo.Simulator;

/// <summary>
/// A local stand-in for the aigc-video gateway (Tencent Cloud VOD AIGC video tasks behind a bearer token), served by
/// Kestrel on 127.0.0.1. It accepts the gateway's snake_case request bodies, validates them like the reference, runs
/// each task through WAITING → PROCESSING → FINISH on a clock, and answers with Tencent's PascalCase envelopes.
/// </summary>
/// <remarks>
/// Endpoints: <c>POST /tencent-vod/v1/aigc-video</c>, <c>POST /tencent-vod/v1/template-effect</c>,
/// <c>GET /tencent-vod/v1/query/{task_id}</c> (all need <c>Authorization: Bearer &lt;ApiKey&gt;</c>) and
/// <c>GET /files/{task_id}.mp4</c> (the result file, no authorization).
/// Failures can be asked for with <see cref="FailTask(string, TaskFailure)"/>, <see cref="AbortTask(string)"/> and
/// <see cref="RejectNextCreate(CreateRejection)"/>, or by a <c>[sim:…]</c> token in a request's prompt (see the README);
/// rate and concurrency limits are switched on in <see cref="SimulatorOptions"/>.
/// </remarks>
public sealed class AigcVideoSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog _log;
    private readonly TaskStore _store;
    private readonly TimeProvider _clock;
    private readonly RequestDispatcher _dispatcher;
    private readonly CreateAdmission _admission;
    private int _disposed;

    private AigcVideoSimulator(
        WebApplication app,
        RequestLog log,
        TaskStore store,
        TimeProvider clock,
        RequestDispatcher dispatcher,
        CreateAdmission admission,
        Uri baseAddress,
        string apiKey)
    {
        _app = app;
        _log = log;
        _store = store;
        _clock = clock;
        _dispatcher = dispatcher;
        _admission = admission;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    /// <summary>Raised after each answer with the recorded request and the HTTP status sent.</summary>
    internal event Action<RecordedRequest, int>? RequestCompleted
    {
        add => _dispatcher.RequestCompleted += value;
        remove => _dispatcher.RequestCompleted -= value;
    }

    /// <summary>The root of the simulated gateway, with a trailing slash, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The API key the simulator accepts as <c>Authorization: Bearer &lt;ApiKey&gt;</c>.</summary>
    public string ApiKey { get; }

    /// <summary>
    /// Every request received so far, in arrival order, recorded before routing, authentication and validation.
    /// Each read returns a new snapshot, safe to enumerate while requests keep arriving.
    /// </summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>
    /// Starts a simulator on 127.0.0.1 and returns once it accepts connections.
    /// </summary>
    /// <param name="options">The settings; <see langword="null"/> uses the defaults of <see cref="SimulatorOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">
    /// An option is out of range (empty API key, negative duration, bad port, a limit below 1).
    /// </exception>
    public static async Task<AigcVideoSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        string apiKey = options.ApiKey;
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey, $"{nameof(options)}.{nameof(SimulatorOptions.ApiKey)}");
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, $"{nameof(options)}.{nameof(SimulatorOptions.Port)}");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort, $"{nameof(options)}.{nameof(SimulatorOptions.Port)}");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WaitingDuration, TimeSpan.Zero, $"{nameof(options)}.{nameof(SimulatorOptions.WaitingDuration)}");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProcessingDuration, TimeSpan.Zero, $"{nameof(options)}.{nameof(SimulatorOptions.ProcessingDuration)}");
        ThrowIfBelowOne(options.MaxConcurrentTasks, nameof(SimulatorOptions.MaxConcurrentTasks));
        ThrowIfBelowOne(options.CreateRequestsPerSecond, nameof(SimulatorOptions.CreateRequestsPerSecond));
        ThrowIfBelowOne(options.QueryRequestsPerSecond, nameof(SimulatorOptions.QueryRequestsPerSecond));
        TimeProvider clock = options.TimeProvider ?? throw new ArgumentNullException(nameof(options), "SimulatorOptions.TimeProvider must not be null.");
        bool acceptUnknownModels = options.AcceptUnknownModels;

        var log = new RequestLog();
        var store = new TaskStore(options.WaitingDuration, options.ProcessingDuration, options.MaxConcurrentTasks, options.ReturnExistingTaskForRepeatedSessionId);
        var admission = new CreateAdmission(options.CreateRequestsPerSecond is int creates ? new RateLimiter(creates) : null);
        RateLimiter? queryLimiter = options.QueryRequestsPerSecond is int queries ? new RateLimiter(queries) : null;
        Uri? baseAddress = null;
        var createValidator = new CreateTaskValidator(acceptUnknownModels, options.LegacyLastFrameRules);
        var templateValidator = new TemplateEffectValidator(acceptUnknownModels);
        var dispatcher = new RequestDispatcher(
            log,
            new BearerAuthenticator(apiKey),
            new CreateTaskEndpoint(store, clock, admission, createValidator.Validate),
            new CreateTaskEndpoint(store, clock, admission, templateValidator.Validate),
            new QueryTaskEndpoint(store, clock, () => baseAddress!, queryLimiter),
            new FileEndpoint(store, clock));

        WebApplication app = BuildApplication(options.Port, dispatcher);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            baseAddress = ReadBaseAddress(app);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new AigcVideoSimulator(app, log, store, clock, dispatcher, admission, baseAddress, apiKey);
    }

    /// <summary>
    /// Makes <paramref name="status"/> the task's outer <c>Status</c> and its <c>AigcVideoTask.Status</c> from now on,
    /// whatever the clock says; use it to send a status the spec does not know. <c>FINISH</c> also makes the result
    /// file available; <c>FINISH</c> and <c>ABORTED</c> set <c>FinishTime</c> if the task had not finished yet.
    /// </summary>
    /// <param name="taskId">A task id returned by this simulator.</param>
    /// <param name="status">The raw status string to report.</param>
    /// <exception cref="ArgumentException">The task does not exist, or an argument is empty.</exception>
    public void ForceStatus(string taskId, string status)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        ArgumentException.ThrowIfNullOrEmpty(status);
        SimulatedTask task = FindTask(taskId);
        task.Force(status, _clock.GetUtcNow());
    }

    /// <summary>
    /// Makes the task end in failure: <c>FINISH</c> with <paramref name="failure"/>'s <c>ErrCode</c>, <c>ErrCodeExt</c>
    /// and <c>Message</c> and no output. A task that has not reached its finish time keeps waiting and processing and
    /// fails at that time, as a real failure is only seen late; a task already past it fails at once.
    /// </summary>
    /// <param name="taskId">A task id returned by this simulator.</param>
    /// <param name="failure">What to report, e.g. <see cref="TaskFailure.ContentViolation"/>.</param>
    /// <exception cref="ArgumentException">The task does not exist, or the id is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is <see langword="null"/>.</exception>
    public void FailTask(string taskId, TaskFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        SimulatedTask task = FindTask(taskId);
        DateTimeOffset now = _clock.GetUtcNow();
        task.End(new TaskEnding(task.NaturalFinishTime > now ? task.NaturalFinishTime : now, failure, Aborted: false));
    }

    /// <summary>
    /// Aborts the task now: the outer <c>Status</c> becomes <c>ABORTED</c> (the inner one <c>FINISH</c>), with
    /// <c>ErrCodeExt</c> <c>OperationCanceled</c>, the progress it had reached, and no output.
    /// </summary>
    /// <param name="taskId">A task id returned by this simulator.</param>
    /// <exception cref="ArgumentException">The task does not exist, or the id is empty.</exception>
    public void AbortTask(string taskId)
    {
        SimulatedTask task = FindTask(taskId);
        task.End(new TaskEnding(_clock.GetUtcNow(), TaskFailure.Aborted, Aborted: true));
    }

    /// <summary>
    /// Answers the next create request that passes validation (on either create endpoint) with
    /// <paramref name="rejection"/>'s error instead of creating a task. Calls queue up, one rejection per request.
    /// </summary>
    /// <param name="rejection">The error to answer with.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rejection"/> is not a defined value.</exception>
    public void RejectNextCreate(CreateRejection rejection)
    {
        if (!Enum.IsDefined(rejection))
        {
            throw new ArgumentOutOfRangeException(nameof(rejection), rejection, "Unknown rejection.");
        }

        _admission.Enqueue(rejection);
    }

    /// <summary>Stops listening and releases the server. Calling it again does nothing.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private SimulatedTask FindTask(string taskId)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        return _store.Find(taskId) ?? throw new ArgumentException($"The simulator has no task '{taskId}'.", nameof(taskId));
    }

    private static void ThrowIfBelowOne(int? limit, string name)
    {
        if (limit is < 1)
        {
            throw new ArgumentOutOfRangeException($"options.{name}", limit, "A limit must be at least 1, or null for no limit.");
        }
    }

    private static WebApplication BuildApplication(int port, RequestDispatcher dispatcher)
    {
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(AigcVideoSimulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.AddSingleton<IHostLifetime, NoConsoleLifetime>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        WebApplication app = builder.Build();
        app.Run(dispatcher.HandleAsync);
        return app;
    }

    private static Uri ReadBaseAddress(WebApplication app)
    {
        IServerAddressesFeature addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        var bound = new Uri(addresses.Addresses.First());
        return new Uri($"http://127.0.0.1:{bound.Port}/");
    }
}
