using System.Text;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Tests.Fuzzing;

/// <summary>
/// Builds case <c>n</c> of a campaign from its own <see cref="Random"/> (seeded from the campaign seed and
/// <c>n</c>), so a case is reproducible on its own, whatever ran before it or in parallel.
/// </summary>
internal static class FuzzCaseFactory
{
    public static FuzzCase Create(int campaignSeed, int index)
    {
        var random = new Random(CaseSeed(campaignSeed, index));
        IReadOnlyList<(string Name, string Text)> seeds = FuzzSeeds.All;

        // The aigc-video spec is the biggest and slowest to compile: a quarter of the cases, the small seeds share the rest.
        int seedIndex = random.Next(4) == 0 || seeds.Count == 1 ? 0 : 1 + random.Next(seeds.Count - 1);
        var description = new List<string> { seeds[seedIndex].Name };

        JsonNode tree = FuzzSeeds.Trees[seedIndex].DeepClone();
        int mutations = random.Next(1, 4);
        for (int i = 0; i < mutations; i++)
        {
            description.Add(TreeMutations.ApplyOne(random, tree));
        }

        bool json = random.Next(5) < 2;
        string text = json ? DocumentTree.WriteJson(tree) : DocumentTree.WriteYaml(tree);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(6) == 0)
        {
            (bytes, string what) = TextMutations.ApplyOne(random, text);
            description.Add(what);
        }

        string path = "/fuzz/case" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + (json ? ".openapi.json" : ".openapi.yaml");
        string? @namespace = random.Next(20) == 0 ? HostileNames.Pick(random) : null;
        string? clientName = random.Next(20) == 0 ? HostileNames.Pick(random) : null;
        if (@namespace is not null || clientName is not null)
        {
            description.Add($"options namespace='{@namespace}' client='{clientName}'");
        }

        var files = new List<FuzzFile> { new(path, bytes, @namespace, clientName) };
        if (random.Next(25) == 0)
        {
            // The same document again in another folder: same namespace and types.
            files.Add(new FuzzFile("/fuzz/other/case" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + (json ? ".openapi.json" : ".openapi.yaml"), bytes, @namespace, clientName));
            description.Add("twice, in two folders");
        }

        return new FuzzCase(index, string.Join(" | ", description), files);
    }

    /// <summary>
    /// Mixes the campaign seed and the case index with SplitMix64's finaliser. Not <see cref="HashCode"/>: its seed is
    /// random per process, which made the same campaign differ from one run to the next.
    /// </summary>
    internal static int CaseSeed(int campaignSeed, int index)
    {
        unchecked
        {
            ulong z = ((ulong)(uint)campaignSeed << 32) | (uint)index;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & int.MaxValue);
        }
    }
}
