namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// A campaign must be the same campaign in every process, or a failure found by CI cannot be replayed here. The
/// values are pinned: a per-process hash seed (as <see cref="HashCode"/> has) would change them from run to run.
/// </summary>
public sealed class FuzzCaseSeedTests
{
    [Theory]
    [InlineData(20_240_601, 0, 2_140_817_504)]
    [InlineData(20_240_601, 1, 1_651_998_052)]
    [InlineData(20_240_601, 1_999, 935_491_465)]
    public void Case_seeds_are_the_same_in_every_process(int campaignSeed, int index, int expected)
        => Assert.Equal(expected, FuzzCaseFactory.CaseSeed(campaignSeed, index));

    [Fact]
    public void A_case_is_rebuilt_byte_for_byte_from_its_seed_and_index()
    {
        FuzzCase first = FuzzCaseFactory.Create(20_240_601, 42);
        FuzzCase again = FuzzCaseFactory.Create(20_240_601, 42);

        Assert.Equal(first.Description, again.Description);
        Assert.Equal(first.Files.Select(f => f.Path), again.Files.Select(f => f.Path));
        Assert.Equal(first.Files.Select(f => Convert.ToBase64String(f.Bytes)), again.Files.Select(f => Convert.ToBase64String(f.Bytes)));
    }
}
