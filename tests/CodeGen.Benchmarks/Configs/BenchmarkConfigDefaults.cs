using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;

namespace CodeGen.Benchmarks.Configs;

/// <summary>What every comparison needs: allocations, and ratios against the peer marked as baseline.</summary>
internal static class BenchmarkConfigDefaults
{
    public static void Apply(ManualConfig config)
    {
        // Ratios are the point: each group's baseline is a peer measured in the same run.
        config.AddDiagnoser(MemoryDiagnoser.Default);
        config.AddColumn(CategoriesColumn.Default, BaselineRatioColumn.RatioMean, BaselineAllocationRatioColumn.RatioMean);
        config.AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        config.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
    }
}
