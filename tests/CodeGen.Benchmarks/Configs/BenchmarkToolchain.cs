using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CodeGen.Benchmarks.Configs;

/// <summary>
/// In-process for every benchmark: an out-of-process BenchmarkDotNet project would be built inside this
/// repository (inheriting its warnings-as-errors and central package versions), and on two cores that build can
/// exceed BenchmarkDotNet's two-minute limit. The per-case timeout is raised from the default because one case on
/// GitHub's description (setup, warm-up and iterations) takes minutes on a busy machine.
/// </summary>
internal static class BenchmarkToolchain
{
    public static InProcessEmitToolchain InProcess { get; } = new(TimeSpan.FromMinutes(30), logOutput: true);
}
