using CodeGen.Benchmarks.Peers.NSwag.Generated;

namespace CodeGen.Benchmarks.Peers.NSwag;

/// <summary>
/// The benchmark's create request in NSwag's types. Built in code because NSwag's own serializer settings cannot
/// read the payload: its enums carry the wire values only in <c>[EnumMember]</c>, which System.Text.Json ignores,
/// so <c>"1080P"</c> fails to parse (and <c>_1080P</c> is what it writes). The docs report this.
/// </summary>
internal static class NSwagRequests
{
    public static CreateAigcVideoTaskRequest Create() => new()
    {
        Model_name = ModelName.Kling,
        Model_version = ModelVersion._2_5,
        Prompt = "A red fox trotting through fresh snow in a pine forest at dawn, cinematic lighting, slow tracking shot",
        Negative_prompt = "blurry, low quality, watermark, text",
        Enhance_prompt = Switch.Enabled,
        Output_config = new OutputConfig
        {
            Storage_mode = StorageMode.Temporary,
            Duration = 5,
            Resolution = Resolution._1080P,
            Aspect_ratio = AspectRatio._169,
            Audio_generation = Switch.Disabled,
        },
        Session_id = "order-20260821-0001",
        Session_context = "{\"user\":\"u-1024\",\"job\":\"fox-demo\"}",
        Tasks_priority = 0,
    };
}
