namespace CodeGen.Package.Tests.Infrastructure;

/// <summary>
/// A temporary folder with a clean copy of the package sources, a local feed, an isolated packages folder, and
/// a nuget.config that lets consumers restore from the feed and the machine's package cache only.
/// </summary>
internal sealed class PackageWorkspace : IDisposable
{
    private static readonly string[] s_rootFiles = { "Directory.Build.props", "Directory.Packages.props", "global.json", "nuget.config" };
    private static readonly string[] s_packageProjects = { "generator/CodeGen.Generator", "runtime/CodeGen.Runtime" };

    public PackageWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "codegen-package-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
    }

    public string Root { get; }

    /// <summary>The package sources as a clean clone would have them: no bin/, no obj/.</summary>
    public string Sources => Path.Combine(Root, "src");

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The consumers' packages folder, so nothing comes from an earlier run's cache.</summary>
    public string Packages => Path.Combine(Root, "packages");

    public string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public void CopyPackageSources()
    {
        Directory.CreateDirectory(Sources);
        foreach (string file in s_rootFiles)
        {
            File.Copy(Path.Combine(RepositoryPaths.Root, file), Path.Combine(Sources, file));
        }

        foreach (string project in s_packageProjects)
        {
            CopyTree(Path.Combine(RepositoryPaths.Root, project), Path.Combine(Sources, project));
        }
    }

    /// <summary>Consumers restore CodeGen.* and Acme.* from the local feed only, everything else from the machine's cache.</summary>
    public void WriteConsumerNuGetConfig()
        => File.WriteAllText(PathOf("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local-feed" value="{Feed}" />
                <add key="machine-cache" value="{RepositoryPaths.GlobalPackagesFolder}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local-feed">
                  <package pattern="CodeGen.*" />
                  <package pattern="Acme.*" />
                </packageSource>
                <packageSource key="machine-cache">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

    /// <summary>Copies a template folder to <paramref name="name"/>, filling in <c>{{Key}}</c> placeholders.</summary>
    public string WriteProject(string template, string name, IReadOnlyDictionary<string, string> values)
    {
        string target = PathOf(name);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(Path.Combine(RepositoryPaths.Templates, template)))
        {
            string text = File.ReadAllText(file);
            foreach (KeyValuePair<string, string> value in values)
            {
                text = text.Replace("{{" + value.Key + "}}", value.Value, StringComparison.Ordinal);
            }

            File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), text);
        }

        return target;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CODEGEN_KEEP_PACKAGE_TEST") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyTree(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (string directory in Directory.GetDirectories(source))
        {
            string name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(directory, Path.Combine(target, name));
            }
        }
    }
}
