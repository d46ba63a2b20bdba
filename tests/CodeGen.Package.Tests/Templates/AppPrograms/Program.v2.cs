using Acme.Video;
using VideoTaskStatus = Acme.Video.TaskStatus;

// Usage: app <base-url> <api-key>. After the spec edit: sends the new client_tag field and calls the new
// getResultFile operation, for a finished task and for one that does not exist.
using var http = new HttpClient();
AigcVideoClient client = VideoSdk.Connect(http, new Uri(args[0]), args[1]);

CreateTaskResponse created = await client.CreateAigcVideoTaskAsync(new CreateAigcVideoTaskRequest
{
    ModelName = ModelName.Kling,
    ModelVersion = "2.1",
    Prompt = "A paper boat drifting down a rain gutter",
    OutputConfig = new OutputConfig { Resolution = Resolution._720P },
    ClientTag = "package-test",
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
        await client.GetResultFileAsync(taskId);
        Console.WriteLine("file ok");
        try
        {
            await client.GetResultFileAsync("1500000001-AigcVideo-does-not-exist");
            Console.WriteLine("missing file was served");
        }
        catch (CodeGen.Runtime.Errors.ApiException error)
        {
            Console.WriteLine($"missing {(int)error.StatusCode}");
        }

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
