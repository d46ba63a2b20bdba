using CodeGen.Benchmarks.Inputs;

namespace CodeGen.Benchmarks.Generator;

/// <summary>
/// Runs every code path the generator benchmarks time once on the small aigc-video document, once per process.
/// The huge-document job then needs no warm-up invocation of its own: on GitHub's description one warm-up would
/// cost as much as a measured run (up to a minute and a half), and what it would warm is the JIT, which the small
/// document warms just as well.
/// </summary>
internal static class JitWarmup
{
    private static readonly Lazy<bool> s_done = new(Run);

    public static void EnsureDone() => _ = s_done.Value;

    private static bool Run()
    {
        BenchmarkSpec spec = SpecCatalog.Get(SpecCatalog.AigcVideo);
        string text = spec.ReadText();
        _ = NSwagGenerator.GenerateAsync(spec, text).GetAwaiter().GetResult();
        var additionalText = new SpecAdditionalText(spec.AdditionalFilePath, text);
        _ = OurGenerator.CreateDriver(additionalText).RunGenerators(OurGenerator.HostCompilation());
        GeneratedOutputs outputs = GeneratedOutputs.For(spec);
        _ = outputs.EmitOurs();
        _ = outputs.EmitNSwag();
        return true;
    }
}
