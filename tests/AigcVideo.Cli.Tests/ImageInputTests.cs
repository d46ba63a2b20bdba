using System.Text.Json;
using AigcVideo.Cli.Targets;

namespace AigcVideo.Cli.Tests;

/// <summary>Image options: URLs are passed as URLs, local files travel inline as Base64 (reference §1.2).</summary>
public sealed class ImageInputTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Local_files_are_sent_as_base64_and_urls_as_urls()
    {
        byte[] first = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        byte[] last = [0x89, 0x50, 0x4E, 0x47, 4, 5, 6];
        await File.WriteAllBytesAsync(_folder.File("first.png"), first);
        await File.WriteAllBytesAsync(_folder.File("last.png"), last);
        string sessionId = $"images-{Guid.NewGuid():N}";

        CliResult result = await Cli.RunAsync(
            ["create", "--first-frame", _folder.File("first.png"), "--reference-image", "https://example.com/style.png", "--last-frame", _folder.File("last.png"),
             "--resolution", "1080P", "--audio", "--session-id", sessionId, "--no-wait"],
            SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using JsonDocument body = JsonDocument.Parse(Assert.Single(fixture.Simulator.Requests, r => r.Body.Contains(sessionId, StringComparison.Ordinal)).Body);
        JsonElement[] files = [.. body.RootElement.GetProperty("file_infos").EnumerateArray()];
        Assert.Equal(("Base64", "FirstFrame", Convert.ToBase64String(first)), (files[0].Text("type"), files[0].Text("usage"), files[0].Text("base64")));
        Assert.Equal(("Url", "Reference", "https://example.com/style.png"), (files[1].Text("type"), files[1].Text("usage"), files[1].Text("url")));
        Assert.Equal(("Base64", "LastFrame", Convert.ToBase64String(last)), (files[2].Text("type"), files[2].Text("usage"), files[2].Text("base64")));
        Assert.Equal("Enabled", body.RootElement.GetProperty("output_config").Text("audio_generation"));
    }

    [Fact]
    public async Task A_last_frame_url_goes_in_last_frame_url()
    {
        string sessionId = $"last-url-{Guid.NewGuid():N}";

        CliResult result = await Cli.RunAsync(
            ["--first-frame", "https://example.com/first.png", "--last-frame", "https://example.com/last.png", "--resolution", "1080P", "--session-id", sessionId, "--no-wait"],
            SimulatorSource.Use(fixture.Simulator));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        using JsonDocument body = JsonDocument.Parse(Assert.Single(fixture.Simulator.Requests, r => r.Body.Contains(sessionId, StringComparison.Ordinal)).Body);
        Assert.Equal("https://example.com/last.png", body.RootElement.Text("last_frame_url"));
    }

    [Fact]
    public async Task A_local_file_that_is_not_an_image_exits_2()
    {
        await File.WriteAllTextAsync(_folder.File("notes.txt"), "not an image");

        CliResult result = await Cli.RunAsync(["--reference-image", _folder.File("notes.txt")]);

        Assert.True(result.ExitCode == ExitCodes.UsageError, result.ToString());
        Assert.Contains("must be a jpeg, png or webp image", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    public void Dispose() => _folder.Dispose();
}
