namespace AigcVideo.Simulator.Hosting;

/// <summary>The paths the simulated gateway serves.</summary>
internal static class Routes
{
    /// <summary><c>POST</c>: create an AIGC video task.</summary>
    public const string CreateTask = "/tencent-vod/v1/aigc-video";

    /// <summary><c>POST</c>: create a Vidu effect-template task.</summary>
    public const string TemplateEffect = "/tencent-vod/v1/template-effect";

    /// <summary><c>GET</c> with the task id appended: describe a task.</summary>
    public const string QueryPrefix = "/tencent-vod/v1/query/";

    /// <summary><c>GET</c> or <c>HEAD</c> with <c>&lt;task id&gt;.mp4</c> appended: download a result file.</summary>
    public const string FilesPrefix = "/files/";

    /// <summary>The extension of result files.</summary>
    public const string FileExtension = ".mp4";
}
