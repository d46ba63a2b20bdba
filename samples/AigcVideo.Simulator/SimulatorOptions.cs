namespace AigcVideo.Simulator;

/// <summary>
/// Settings of an <see cref="AigcVideoSimulator"/>. The values are copied when the simulator starts;
/// changing them afterwards has no effect on a running simulator (the <see cref="TimeProvider"/> instance
/// itself is kept, so a controllable provider can still be advanced).
/// </summary>
public sealed class SimulatorOptions
{
    /// <summary>
    /// The API key accepted in <c>Authorization: Bearer &lt;ApiKey&gt;</c>. Defaults to <c>sim-local-key</c>.
    /// </summary>
    public string ApiKey { get; set; } = "sim-local-key";

    /// <summary>
    /// The TCP port to listen on, on 127.0.0.1. <c>0</c> (the default) lets the operating system pick a free port;
    /// read the chosen one from <see cref="AigcVideoSimulator.BaseAddress"/>.
    /// </summary>
    public int Port { get; set; }

    /// <summary>
    /// How long a new task stays in the <c>WAITING</c> state. Defaults to one second.
    /// </summary>
    public TimeSpan WaitingDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a task stays in the <c>PROCESSING</c> state after waiting; its <c>Progress</c> grows linearly
    /// from 0 to 100 over this time. Defaults to three seconds.
    /// </summary>
    public TimeSpan ProcessingDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// When <see langword="true"/>, a <c>model_name</c> or <c>model_version</c> that the reference does not list is
    /// accepted (and echoed back unchanged) instead of being rejected with <c>InvalidParameterValue</c>.
    /// Per-model output rules are then applied only to the models the simulator knows.
    /// </summary>
    public bool AcceptUnknownModels { get; set; }

    /// <summary>
    /// When <see langword="true"/> (the default), a last frame is accepted only where the gateway's doc allows it:
    /// GV (with a single first-frame image), Kling 2.1 at 1080P, and Vidu q2-pro / q2-turbo; other models answer
    /// <c>InvalidParameter</c>. Tencent's current doc dropped these limits and whether the backend still enforces them
    /// is unconfirmed (reference §1.5, §5.3); set <see langword="false"/> to require only the first frame.
    /// </summary>
    public bool LegacyLastFrameRules { get; set; } = true;

    /// <summary>
    /// The most tasks that may be unfinished (WAITING or PROCESSING) at once; one more create is answered with HTTP 429
    /// <c>RequestLimitExceeded</c> and a message holding 70000. The reference gives 1 as an account's default limit.
    /// <see langword="null"/> (the default) sets no limit, so that tests and samples can run tasks side by side.
    /// </summary>
    public int? MaxConcurrentTasks { get; set; }

    /// <summary>
    /// The most create requests (both create endpoints together) admitted in any one second of the simulated clock;
    /// more are answered with HTTP 429 <c>RequestLimitExceeded</c>. The reference gives 20 for
    /// <c>CreateAigcVideoTask</c>. <see langword="null"/> (the default) sets no limit.
    /// </summary>
    public int? CreateRequestsPerSecond { get; set; }

    /// <summary>
    /// The most query requests admitted in any one second of the simulated clock; more are answered with HTTP 429
    /// <c>RequestLimitExceeded</c>. The reference gives 100 for <c>DescribeTaskDetail</c>. <see langword="null"/>
    /// (the default) sets no limit.
    /// </summary>
    public int? QueryRequestsPerSecond { get; set; }

    /// <summary>
    /// When <see langword="true"/>, a <c>session_id</c> repeated within 3 days returns the task it created first
    /// instead of the reference's behaviour, an <c>InvalidParameter</c> error (the default, <see langword="false"/>).
    /// Use it to model a gateway that makes creates idempotent.
    /// </summary>
    public bool ReturnExistingTaskForRepeatedSessionId { get; set; }

    /// <summary>
    /// The clock that drives task creation times, the task lifecycle, the 3-day query window and the
    /// 3-day <c>session_id</c> deduplication window. Defaults to <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
