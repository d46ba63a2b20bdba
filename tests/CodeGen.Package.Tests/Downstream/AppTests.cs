using AigcVideo.Simulator;
using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Downstream;

/// <summary>A console app restores the SDK from the feed, builds, and runs a task to completion on the simulator.</summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class AppTests
{
    private readonly PackageScenario _scenario;

    public AppTests(PackageScenario scenario) => _scenario = scenario;

    [Fact]
    public void The_app_creates_a_task_and_sees_it_finish()
    {
        ProcessResult run = _scenario.FirstAppRun;

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(run.Lines, l => l.StartsWith("created 1", StringComparison.Ordinal));
        Assert.Contains("status FINISH", run.Lines);
        Assert.Contains(run.Lines, l => l.StartsWith("url http://127.0.0.1:", StringComparison.Ordinal) && l.EndsWith(".mp4", StringComparison.Ordinal));
    }

    [Fact]
    public void The_app_sent_the_wire_format_the_spec_describes()
    {
        RecordedRequest create = Assert.Single(_scenario.FirstRunRequests, r => r.Method == "POST");

        Assert.Equal("/tencent-vod/v1/aigc-video", create.Path);
        Assert.Equal("Bearer " + _scenario.SimulatorApiKey, create.Authorization);
        Assert.Contains("\"model_name\":\"Kling\"", create.Body, StringComparison.Ordinal);
        Assert.Contains("\"resolution\":\"720P\"", create.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("client_tag", create.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_builds_with_no_warning()
        => Assert.DoesNotContain(_scenario.FirstAppBuild.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));
}
