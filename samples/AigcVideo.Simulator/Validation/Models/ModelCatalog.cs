namespace AigcVideo.Simulator.Validation.Models;

/// <summary>The current <c>model_name</c> values (reference §4) and their rules.</summary>
internal static class ModelCatalog
{
    /// <summary>Every known model, in the order the reference lists them.</summary>
    public static IReadOnlyList<ModelRules> All { get; } =
    [
        new KlingRules(),
        new ViduRules(),
        new HailuoRules(),
        new HunyuanRules(),
        new MingmouRules(),
        new GvRules(),
        new OsRules(),
        new PixVerseRules(),
    ];

    /// <summary>The Vidu rules (the model behind <c>POST /tencent-vod/v1/template-effect</c>).</summary>
    public static ModelRules Vidu { get; } = All.Single(m => m.Name == "Vidu");

    /// <summary>The rules of model <paramref name="name"/> (exact spelling), or <see langword="null"/>.</summary>
    public static ModelRules? Find(string name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
}
