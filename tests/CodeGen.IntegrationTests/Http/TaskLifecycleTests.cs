using AigcVideo.Client;
using TaskStatus = AigcVideo.Client.TaskStatus;

namespace CodeGen.IntegrationTests.Http;

/// <summary>The generated client drives a whole task over real HTTP: create, then query until FINISH.</summary>
public sealed class TaskLifecycleTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public TaskLifecycleTests(SimulatorFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Create_then_query_reaches_FINISH_with_an_output_url()
    {
        AigcVideoClient client = _fixture.CreateClient();

        CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
        {
            ModelName = ModelName.Kling,
            ModelVersion = ModelVersion._2_1,
            Prompt = "A paper boat drifting down a rainy street",
        });

        Assert.Null(created.Response.Error);
        string taskId = Assert.IsType<string>(created.Response.TaskId);
        Assert.False(string.IsNullOrEmpty(created.Response.RequestId));

        TaskDetail waiting = (await client.QueryTaskAsync(taskId)).Response;
        Assert.Equal(TaskStatus.Waiting, waiting.Status);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(7));
        TaskDetail processing = (await client.QueryTaskAsync(taskId)).Response;
        Assert.Equal(TaskStatus.Processing, processing.Status);
        Assert.InRange(processing.AigcVideoTask!.Progress ?? -1, 1, 99);

        _fixture.Clock.Advance(TimeSpan.FromSeconds(10));
        TaskDetail detail = (await client.QueryTaskAsync(taskId)).Response;

        Assert.Equal(TaskStatus.Finish, detail.Status);
        AigcVideoTask task = Assert.IsType<AigcVideoTask>(detail.AigcVideoTask);
        Assert.Equal(taskId, task.TaskId);
        Assert.Equal(0, task.ErrCode ?? 0);
        Assert.Equal(100, task.Progress);
        OutputFileInfo file = Assert.Single(task.Output!.FileInfos!);
        Assert.StartsWith(_fixture.Simulator.BaseAddress.AbsoluteUri, file.FileUrl);
        Assert.True(file.StorageMode?.IsKnown);
        Assert.Equal(ModelName.Kling, task.Input!.ModelName);

        byte[] video = await _fixture.HttpClient.GetByteArrayAsync(file.FileUrl);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(video, 4, 4));
    }

    [Fact]
    public async Task Template_effect_task_is_created()
    {
        AigcVideoClient client = _fixture.CreateClient();

        CreateTaskResponse created = await client.CreateTemplateEffectTaskAsync(new CreateTemplateEffectTaskRequest
        {
            SceneType = TemplateEffectSceneType.TemplateEffect,
            ExtInfo = new TemplateEffectExtInfo { AdditionalParameters = new TemplateEffectParameters { Template = "hug" } },
        });

        Assert.NotNull(created.Response.TaskId);
        QueryTaskResponse queried = await client.QueryTaskAsync(created.Response.TaskId!);
        Assert.Equal(ModelName.Vidu, queried.Response.AigcVideoTask!.Input!.ModelName);
    }
}
