using TencentVod.Sdk.Tests.Download;

namespace TencentVod.Sdk.Tests.Download;

/// <summary>Create → wait → download against the simulator, and what a download leaves behind when it fails.</summary>
public sealed class DownloadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aigc-sdk-download-").FullName;

    [Fact]
    public async Task Create_wait_download_gives_a_playable_mp4_and_no_temporary_file()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));
        string path = Path.Combine(_folder, "fox.mp4");

        DownloadedFile file = await gateway.Client.DownloadAsync(result, path);

        Assert.Equal(path, file.Path);
        byte[] bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(bytes.Length, file.Length);
        Mp4.AssertPlayable(bytes);
        Assert.Equal(["fox.mp4"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_file_request_carries_no_api_key()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));

        await gateway.Client.DownloadAsync(result, Path.Combine(_folder, "fox.mp4"));

        SimulatedGateway.SentRequest fileRequest = Assert.Single(gateway.Sent, r => r.Uri.AbsolutePath.StartsWith("/files/", StringComparison.Ordinal));
        Assert.Null(fileRequest.Authorization);
        Assert.All(gateway.Sent.Where(r => r != fileRequest), r => Assert.Equal("Bearer " + gateway.Simulator.ApiKey, r.Authorization));
    }

    [Fact]
    public async Task An_existing_file_is_replaced()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));
        string path = Path.Combine(_folder, "fox.mp4");
        await File.WriteAllTextAsync(path, "an older, unrelated file");

        await gateway.Client.DownloadAsync(new Uri(result.FileUrl), path);

        Mp4.AssertPlayable(await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_missing_file_throws_and_leaves_nothing_behind()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        CreatedTask created = await gateway.Client.CreateTaskAsync(Requests.Kling());
        var notYet = new Uri($"{gateway.Simulator.BaseAddress}files/{created.TaskId}.mp4");

        var error = await Assert.ThrowsAsync<AigcVideoDownloadException>(() => gateway.Client.DownloadAsync(notYet, Path.Combine(_folder, "fox.mp4")));

        Assert.Equal(404, error.HttpStatus);
        Assert.Equal(notYet, error.FileUrl);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_cancelled_download_leaves_nothing_behind()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => gateway.Client.DownloadAsync(result, Path.Combine(_folder, "fox.mp4"), new CancellationToken(canceled: true)));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task Downloading_to_a_stream_writes_the_whole_file()
    {
        await using SimulatedGateway gateway = await SimulatedGateway.StartAsync();
        AigcVideoTaskResult result = await gateway.RunAsync(gateway.Client.CreateAndWaitAsync(Requests.Kling(), gateway.Options()));
        using var memory = new MemoryStream();

        long written = await gateway.Client.DownloadToStreamAsync(new Uri(result.FileUrl), memory);

        Assert.Equal(memory.Length, written);
        Mp4.AssertPlayable(memory.ToArray());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
