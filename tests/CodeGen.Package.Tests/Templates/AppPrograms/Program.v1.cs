using Acme.Video;
using VideoTaskStatus = Acme.Video.TaskStatus;

// Usage: app <base-url> <api-key>. Creates a task, waits for it and prints one fact per line for the test to read.
using var http = new HttpClient();
AigcVideoClient client = VideoSdk.Connect(http, new Uri(args[0]), args[1]);

CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
{
    ModelName = ModelName.Kling,
    ModelVersion = "2.1",
    Prompt = "A paper boat drifting down a rain gutter",
    OutputConfig = new OutputConfig { Resolution = Resolution._720P },
});
string taskId = created.Response.TaskId ?? throw new InvalidOperationException("no task id");
Console.WriteLine($"created {taskId}");

DateTime deadline = DateTime.UtcNow.AddSeconds(60);
while (true)
{
    QueryTaskResponse state = await client.QueryTaskAsync(taskId);
    if (state.Response.Status == VideoTaskStatus.Finish)
    {
        Console.WriteLine("status FINISH");
        Console.WriteLine($"url {state.Response.AigcVideoTask?.Output?.FileInfos?[0].FileUrl}");
        break;
    }

    if (DateTime.UtcNow > deadline)
    {
        Console.WriteLine($"timeout {state.Response.Status}");
        return 1;
    }

    await Task.Delay(100);
}

return 0;
