using CodeGen.Package.Tests.Infrastructure;

namespace CodeGen.Package.Tests.Downstream;

/// <summary>A project with the generator but without CodeGen.Runtime fails with one error that says what to add.</summary>
[Collection(PackageScenarioCollection.Name)]
public sealed class MissingRuntimeTests
{
    private readonly PackageScenario _scenario;

    public MissingRuntimeTests(PackageScenario scenario) => _scenario = scenario;

    [Fact]
    public void The_build_fails_with_exactly_one_error_CG0008()
    {
        ProcessResult build = _scenario.MissingRuntimeBuild;
        string[] errors = build.Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToArray();

        Assert.NotEqual(0, build.ExitCode);
        Assert.True(errors.Length == 1, build.Output);
        Assert.Contains("error CG0008:", errors[0], StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"CodeGen.Runtime\" Version=\"{_scenario.CodeGenVersion}\" />", errors[0], StringComparison.Ordinal);
    }
}
