using AigcVideo.Simulator;

namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// The whole journey, run once for all package tests: pack CodeGen.Generator and CodeGen.Runtime from clean
/// sources; build an SDK on them from the local feed and pack it; build and run an app on the SDK against the
/// simulator; edit the SDK's spec, ship it again, and run the updated app; and build a project that forgot the
/// runtime. Each test then asserts one property of what happened.
/// </summary>
public sealed class PackageScenario : IAsyncLifetime
{
    public const string FirstSdkVersion = "1.0.0";
    public const string SecondSdkVersion = "1.1.0";

    private readonly PackageWorkspace _workspace = new();
    private AigcVideoSimulator? _simulator;

    internal PackageWorkspace Workspace => _workspace;

    /// <summary>The version the repository packs CodeGen.Generator and CodeGen.Runtime as.</summary>
    public string CodeGenVersion { get; private set; } = string.Empty;

    public string GeneratorPackage => _workspace.PathOf("feed", $"CodeGen.Generator.{CodeGenVersion}.nupkg");

    public string RuntimePackage => _workspace.PathOf("feed", $"CodeGen.Runtime.{CodeGenVersion}.nupkg");

    public string SdkPackage(string version) => _workspace.PathOf("feed", $"Acme.Video.Sdk.{version}.nupkg");

    public string AppDirectory => _workspace.PathOf("app");

    internal ProcessResult FirstSdkPack { get; private set; } = null!;

    internal ProcessResult FirstAppBuild { get; private set; } = null!;

    internal ProcessResult FirstAppRun { get; private set; } = null!;

    internal ProcessResult SecondAppBuild { get; private set; } = null!;

    internal ProcessResult SecondAppRun { get; private set; } = null!;

    internal ProcessResult MissingRuntimeBuild { get; private set; } = null!;

    /// <summary>Every request the simulator received while the second app ran.</summary>
    public IReadOnlyList<RecordedRequest> SecondRunRequests { get; private set; } = Array.Empty<RecordedRequest>();

    public IReadOnlyList<RecordedRequest> FirstRunRequests { get; private set; } = Array.Empty<RecordedRequest>();

    public string SimulatorApiKey => _simulator!.ApiKey;

    public async Task InitializeAsync()
    {
        var cli = new DotNetCli();
        DotNetCli consumerCli = cli.WithPackagesFolder(_workspace.Packages);

        _workspace.CopyPackageSources();
        foreach (string project in new[] { "generator/CodeGen.Generator", "runtime/CodeGen.Runtime" })
        {
            (await cli.BuildAsync(_workspace.Sources, "pack", project, "-c", "Release", "-o", _workspace.Feed, "-p:ContinuousIntegrationBuild=true")).EnsureSucceeded();
        }

        CodeGenVersion = Path.GetFileNameWithoutExtension(Directory.GetFiles(_workspace.Feed, "CodeGen.Runtime.*.nupkg").Single())["CodeGen.Runtime.".Length..];
        _workspace.WriteConsumerNuGetConfig();

        _simulator = await AigcVideoSimulator.StartAsync(new SimulatorOptions
        {
            WaitingDuration = TimeSpan.FromMilliseconds(200),
            ProcessingDuration = TimeSpan.FromMilliseconds(600),
        });

        // Release 1: the SDK from an unmodified copy of the spec, and an app on it.
        string sdk = _workspace.WriteProject("Sdk", "sdk", Values(FirstSdkVersion));
        Directory.CreateDirectory(Path.Combine(sdk, "api"));
        string sdkSpec = Path.Combine(sdk, "api", "aigc-video.openapi.yaml");
        File.Copy(RepositoryPaths.AigcVideoSpec, sdkSpec);
        FirstSdkPack = (await consumerCli.BuildAsync(sdk, "pack", "-c", "Release", "-o", _workspace.Feed)).EnsureSucceeded();

        string app = _workspace.WriteProject("App", "app", Values(FirstSdkVersion));
        UseProgram(app, "Program.v1.cs");
        FirstAppBuild = (await consumerCli.BuildAsync(app, "build", "-c", "Release")).EnsureSucceeded();
        FirstAppRun = await RunAppAsync(cli, app);
        FirstRunRequests = _simulator.Requests.ToArray();

        // Release 2: the author adds a field and an operation to the spec and ships again; the app upgrades.
        File.WriteAllText(sdkSpec, SpecEdit.AddFieldAndOperation(File.ReadAllText(sdkSpec)));
        SetVersion(Path.Combine(sdk, "Acme.Video.Sdk.csproj"), "<Version>", FirstSdkVersion, SecondSdkVersion);
        (await consumerCli.BuildAsync(sdk, "pack", "-c", "Release", "-o", _workspace.Feed)).EnsureSucceeded();
        SetVersion(Path.Combine(app, "Acme.Video.App.csproj"), "Version=\"", FirstSdkVersion, SecondSdkVersion);
        UseProgram(app, "Program.v2.cs");
        int before = _simulator.Requests.Count;
        SecondAppBuild = (await consumerCli.BuildAsync(app, "build", "-c", "Release")).EnsureSucceeded();
        SecondAppRun = await RunAppAsync(cli, app);
        SecondRunRequests = _simulator.Requests.Skip(before).ToArray();

        // A project that references the generator but not the runtime: the build is expected to fail.
        string noRuntime = _workspace.WriteProject("NoRuntime", "noruntime", Values(FirstSdkVersion));
        MissingRuntimeBuild = await consumerCli.BuildAsync(noRuntime, "build", "-c", "Release", "-v:q", "-clp:NoSummary");
    }

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        _workspace.Dispose();
    }

    private Dictionary<string, string> Values(string sdkVersion)
        => new() { ["CodeGenVersion"] = CodeGenVersion, ["SdkVersion"] = sdkVersion };

    private Task<ProcessResult> RunAppAsync(DotNetCli cli, string app)
        => cli.RunAsync(app, Path.Combine(app, "bin", "Release", "net10.0", "Acme.Video.App.dll"), _simulator!.BaseAddress.ToString(), _simulator.ApiKey);

    // Each release of the app has its own Program.cs; both cannot sit in the project at once.
    private static void UseProgram(string app, string template)
        => File.Copy(Path.Combine(RepositoryPaths.Templates, "AppPrograms", template), Path.Combine(app, "Program.cs"), overwrite: true);

    private static void SetVersion(string project, string prefix, string from, string to)
    {
        string text = File.ReadAllText(project);
        string updated = text.Replace(prefix + from, prefix + to, StringComparison.Ordinal);
        if (updated == text)
        {
            throw new InvalidOperationException($"{project} has no {prefix}{from}.");
        }

        File.WriteAllText(project, updated);
    }
}

/// <summary>Shares one <see cref="PackageScenario"/> between the package test classes.</summary>
[CollectionDefinition(Name)]
public sealed class PackageScenarioCollection : ICollectionFixture<PackageScenario>
{
    public const string Name = "Package scenario";
}
