namespace CodeGen.Benchmarks.BuildCost;

/// <summary>
/// A private copy of what the TencentVod.Sdk sample needs to build (root props, generator, runtime, spec, sample),
/// so benchmarks can edit the spec and the C# freely without touching the repository. Beside it, the same SDK with
/// its generated files checked in as plain C#: what a build costs when code is generated ahead of time.
/// </summary>
internal sealed class BuildWorkspace : IDisposable
{
    private static readonly string[] s_rootFiles = { "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config" };
    private static readonly string[] s_trees = { "generator/CodeGen.Generator", "runtime/CodeGen.Runtime", "samples/TencentVod.Sdk", "spec" };
    private static readonly string[] s_frameworks = { "netstandard2.0", "net8.0" };

    public BuildWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "codegen-build-cost", Path.GetRandomFileName());
        string repository = FindRepository();
        foreach (string file in s_rootFiles)
        {
            CopyFile(Path.Combine(repository, file), Path.Combine(Root, file));
        }

        foreach (string tree in s_trees)
        {
            CopyTree(Path.Combine(repository, tree), Path.Combine(Root, tree));
        }

        SpecPath = Path.Combine(Root, "spec", "aigc-video.openapi.yaml");
        OriginalSpec = File.ReadAllText(SpecPath);
    }

    public string Root { get; }

    /// <summary>The SDK built by the generator from the spec.</summary>
    public string GeneratedSdk => Path.Combine(Root, "samples", "TencentVod.Sdk");

    /// <summary>The same SDK with the generator's output as ordinary source files.</summary>
    public string PregeneratedSdk => Path.Combine(Root, "samples", "TencentVod.Sdk.Pregenerated");

    public string SpecPath { get; }

    public string OriginalSpec { get; }

    /// <summary>Builds the generated SDK once (restoring), then lays out the pregenerated twin from its output.</summary>
    public void Prepare()
    {
        DotNetBuild.Run(GeneratedSdk);
        Directory.CreateDirectory(PregeneratedSdk);
        // The SDK's own hand-written code, folders included, with everything else of the project left behind.
        foreach (string file in Directory.GetFiles(GeneratedSdk, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(GeneratedSdk, file);
            if (!relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                CopyFile(file, Path.Combine(PregeneratedSdk, "HandWritten", relative));
            }
        }

        foreach (string framework in s_frameworks)
        {
            string generated = Path.Combine(GeneratedSdk, "obj", "Release", framework, "generated");
            foreach (string file in Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories))
            {
                CopyFile(file, Path.Combine(PregeneratedSdk, "Generated", framework, Path.GetFileName(file)));
            }
        }

        File.WriteAllText(Path.Combine(PregeneratedSdk, "TencentVod.Sdk.Pregenerated.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>
                <RootNamespace>TencentVod.Sdk</RootNamespace>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
              </PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
                <LangVersion>9.0</LangVersion>
              </PropertyGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'netstandard2.0'">
                <PackageReference Include="Microsoft.Bcl.TimeProvider" />
              </ItemGroup>
              <ItemGroup>
                <Compile Include="*.cs;HandWritten/**/*.cs;Generated/$(TargetFramework)/*.cs" />
                <ProjectReference Include="../../runtime/CodeGen.Runtime/CodeGen.Runtime.csproj" />
              </ItemGroup>
            </Project>
            """);
        DotNetBuild.Run(PregeneratedSdk);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind costs nothing; a benchmark run failing at the end over it would.
        }
    }

    private static string FindRepository()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CodeGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: no CodeGen.sln above " + AppContext.BaseDirectory);
    }

    private static void CopyFile(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }

    private static void CopyTree(string source, string target)
    {
        foreach (string file in Directory.GetFiles(source))
        {
            CopyFile(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (string directory in Directory.GetDirectories(source))
        {
            if (Path.GetFileName(directory) is not ("bin" or "obj"))
            {
                CopyTree(directory, Path.Combine(target, Path.GetFileName(directory)));
            }
        }
    }
}
