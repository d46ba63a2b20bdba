using System.Net;

namespace AigcVideo.Simulator.Tests;

public sealed class TemplateEffectTests
{
    [Fact]
    public async Task Template_effect_creates_a_vidu_task()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse created = (await gateway.PostAsync(
            TestGateway.TemplateEffectPath,
            """{"scene_type":"template_effect","prompt":"two friends hug","file_infos":[{"type":"Url","url":"https://example.com/a.png"}],"ext_info":{"AdditionalParameters":{"template":"hug"}}}""")).AssertOk();
        gateway.Clock.Advance(TestGateway.Waiting + TestGateway.Processing);
        ApiResponse query = (await gateway.QueryAsync(created.TaskId)).AssertOk();

        Assert.Equal("FINISH", query.Response.GetProperty("Status").GetString());
        var input = query.Task.GetProperty("Input");
        Assert.Equal("Vidu", input.GetProperty("ModelName").GetString());
        Assert.Equal("template_effect", input.GetProperty("SceneType").GetString());
        Assert.Equal("two friends hug", input.GetProperty("Prompt").GetString());
        Assert.Equal("https://example.com/a.png", input.GetProperty("FileInfos")[0].GetProperty("Url").GetString());
        Assert.True(query.Task.GetProperty("Output").GetProperty("FileInfos")[0].TryGetProperty("FileUrl", out _));
    }

    [Fact]
    public async Task Ext_info_may_be_a_json_string()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.PostAsync(
            TestGateway.TemplateEffectPath,
            """{"scene_type":"template_effect","ext_info":"{\"AdditionalParameters\":{\"template\":\"hug\"}}"}""");

        response.AssertOk();
    }

    [Theory]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{}}}""", "MissingParameter")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":""}}}""", "MissingParameter")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{}}""", "MissingParameter")]
    [InlineData("""{"scene_type":"template_effect"}""", "MissingParameter")]
    [InlineData("""{"ext_info":{"AdditionalParameters":{"template":"hug"}}}""", "MissingParameter")]
    [InlineData("""{"scene_type":"lip_sync","ext_info":{"AdditionalParameters":{"template":"hug"}}}""", "InvalidParameterValue")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":7}}}""", "InvalidParameterValue")]
    [InlineData("""{"scene_type":"template_effect","ext_info":"not json"}""", "InvalidParameterValue")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}},"model_name":"Kling"}""", "InvalidParameterValue")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}},"model_version":"q9"}""", "InvalidParameterValue")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}},"file_infos":[{"type":"Ftp"}]}""", "InvalidParameterValue")]
    [InlineData("""{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{"template":"hug"}},"session_id":"123456789012345678901234567890123456789012345678901"}""", "InvalidParameterValue.SessionIdTooLong")]
    [InlineData("""[1]""", "InvalidParameter")]
    public async Task Invalid_template_effect_requests_are_400(string body, string expectedCode)
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.PostAsync(TestGateway.TemplateEffectPath, body);

        response.AssertError(HttpStatusCode.BadRequest, expectedCode);
    }

    [Fact]
    public async Task Missing_template_message_names_the_path()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();

        ApiResponse response = await gateway.PostAsync(TestGateway.TemplateEffectPath, """{"scene_type":"template_effect","ext_info":{"AdditionalParameters":{}}}""");

        Assert.Contains("ext_info.AdditionalParameters.template", response.ErrorMessage, StringComparison.Ordinal);
    }
}
