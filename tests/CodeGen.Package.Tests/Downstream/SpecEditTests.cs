using AigcVideo.Simulator;
using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Downstream;

/// <summary>
/// The SDK author adds a request field and an operation to the spec and ships again. The app, rebuilt on the new
/// SDK, uses both: it compiles only if the members exist, and the simulator sees them on the wire.
/// </summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class SpecEditTests
{
    private readonly PackageScenario _scenario;

    public SpecEditTests(PackageScenario scenario) => _scenario = scenario;

    [Fact]
    public void The_new_field_is_sent()
    {
        Assert.True(_scenario.SecondAppRun.ExitCode == 0, _scenario.SecondAppRun.Output);
        RecordedRequest create = Assert.Single(_scenario.SecondRunRequests, r => r.Method == "POST");

        Assert.Contains($"\"{SpecEdit.NewField}\":\"package-test\"", create.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_new_operation_downloads_the_file_of_a_finished_task()
    {
        string taskId = _scenario.SecondAppRun.Lines.Single(l => l.StartsWith("created ", StringComparison.Ordinal))["created ".Length..];

        Assert.Contains("file ok", _scenario.SecondAppRun.Lines);
        Assert.Contains(_scenario.SecondRunRequests, r => r.Method == "GET" && r.Path == $"/files/{taskId}.mp4");
    }

    [Fact]
    public void The_new_operation_reports_an_unknown_file_as_a_404_ApiException()
        => Assert.Contains("missing 404", _scenario.SecondAppRun.Lines);

    [Fact]
    public void The_upgraded_app_builds_with_no_warning()
        => Assert.DoesNotContain(_scenario.SecondAppBuild.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));
}
