using System.Buffers.Binary;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AigcVideo.Simulator.Tests;

public sealed class FileDownloadTests
{
    [Fact]
    public async Task File_url_serves_an_mp4_that_starts_with_ftyp()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string url = await FinishedFileUrlAsync(gateway);
        using var anonymous = new HttpClient();

        using HttpResponseMessage response = await anonymous.GetAsync(url);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal("ftyp", Encoding.ASCII.GetString(bytes, 4, 4));
        int ftypSize = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes);
        Assert.Equal("isom", Encoding.ASCII.GetString(bytes, 8, 4));
        string[] compatible = Enumerable.Range(0, (ftypSize - 16) / 4).Select(i => Encoding.ASCII.GetString(bytes, 16 + (4 * i), 4)).ToArray();
        Assert.Equal(["isom", "iso2", "mp41"], compatible);
        Assert.Equal(["ftyp", "moov", "mdat"], TopLevelBoxes(bytes));
    }

    [Fact]
    public async Task Head_returns_headers_only()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string url = await FinishedFileUrlAsync(gateway);

        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        using HttpResponseMessage response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 8);
    }

    [Fact]
    public async Task Unknown_or_unfinished_tasks_have_no_file()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string taskId = await gateway.CreateTaskAsync();

        using HttpResponseMessage unfinished = await gateway.Http.GetAsync($"files/{taskId}.mp4");
        using HttpResponseMessage unknown = await gateway.Http.GetAsync("files/1500000001-AigcVideo-ffffffffffffffffffffffffffffffff.mp4");

        (await ApiResponse.ReadAsync(unfinished)).AssertError(HttpStatusCode.NotFound, "ResourceNotFound");
        (await ApiResponse.ReadAsync(unknown)).AssertError(HttpStatusCode.NotFound, "ResourceNotFound");
    }

    [Fact]
    public async Task Temporary_url_expires_after_seven_days()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        string url = await FinishedFileUrlAsync(gateway);

        gateway.Clock.Advance(TimeSpan.FromDays(7));
        using HttpResponseMessage lastMoment = await gateway.Http.GetAsync(url);
        gateway.Clock.Advance(TimeSpan.FromSeconds(1));
        using HttpResponseMessage expired = await gateway.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, lastMoment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
    }

    [Fact]
    public async Task Permanent_storage_reports_file_id_and_media_name()
    {
        await using TestGateway gateway = await TestGateway.StartAsync();
        JsonObject body = TestGateway.ValidBody();
        body["output_config"] = new JsonObject { ["storage_mode"] = "Permanent", ["media_name"] = "fox", ["class_id"] = 7 };
        string taskId = await gateway.CreateTaskAsync(body);
        gateway.Clock.Advance(TestGateway.Waiting + TestGateway.Processing);

        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();
        var file = query.Task.GetProperty("Output").GetProperty("FileInfos")[0];

        Assert.Equal("Permanent", file.GetProperty("StorageMode").GetString());
        Assert.Equal("fox", file.GetProperty("MediaName").GetString());
        Assert.Equal(7, file.GetProperty("ClassId").GetInt64());
        Assert.Matches("^[0-9]{19}$", file.GetProperty("FileId").GetString()!);
        Assert.False(file.TryGetProperty("ExpireTime", out _));

        gateway.Clock.Advance(TimeSpan.FromDays(30));
        using HttpResponseMessage download = await gateway.Http.GetAsync(file.GetProperty("FileUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    private static async Task<string> FinishedFileUrlAsync(TestGateway gateway)
    {
        string taskId = await gateway.CreateTaskAsync();
        gateway.Clock.Advance(TestGateway.Waiting + TestGateway.Processing);
        ApiResponse query = (await gateway.QueryAsync(taskId)).AssertOk();
        return query.Task.GetProperty("Output").GetProperty("FileInfos")[0].GetProperty("FileUrl").GetString()!;
    }

    private static List<string> TopLevelBoxes(byte[] bytes)
    {
        var boxes = new List<string>();
        int offset = 0;
        while (offset < bytes.Length)
        {
            int size = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            Assert.InRange(size, 8, bytes.Length - offset);
            boxes.Add(Encoding.ASCII.GetString(bytes, offset + 4, 4));
            offset += size;
        }

        Assert.Equal(bytes.Length, offset);
        return boxes;
    }
}
