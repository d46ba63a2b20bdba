using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace CodeGen.Generator.Tests.Schemas;

/// <summary>
/// Date and time parameters on the wire: the generated client calls a real HTTP/1.1 listener on 127.0.0.1, which
/// records the request line and answers with a calendar. (This project has no ASP.NET Core reference, so the
/// listener is a plain socket; the request is the client's real bytes, not a handler's view of them.)
/// </summary>
public sealed class DateParameterWireTests : IClassFixture<MembersDocument>
{
    private readonly MembersDocument _document;

    public DateParameterWireTests(MembersDocument document) => _document = document;

    [Fact]
    public async Task Path_and_query_dates_and_times_are_sent_in_RFC_3339_form()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Task<string> served = ServeOnceAsync(listener, """{"day":"2024-05-02","at":"08:00:00"}""");

        object calendar = await CallAsync(port, new DateOnly(2024, 5, 1), new TimeOnly(13, 45, 30, 250), new[] { new DateOnly(2024, 1, 2), new DateOnly(2025, 12, 31) });
        string requestLine = await served;

        Assert.Equal("GET /days/2024-05-01?at=13%3A45%3A30.25&also=2024-01-02&also=2025-12-31 HTTP/1.1", requestLine);
        Assert.Equal(new DateOnly(2024, 5, 2), MembersDocument.Get(calendar, "Day"));
        Assert.Equal(new TimeOnly(8, 0), MembersDocument.Get(calendar, "At"));
    }

    private async Task<object> CallAsync(int port, DateOnly day, TimeOnly at, DateOnly[] also)
    {
        Type optionsType = _document.Type("MembersClientOptions");
        object options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("BaseAddress")!.SetValue(options, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        Type clientType = _document.Type("MembersClient");
        object client = Activator.CreateInstance(clientType, http, options)!;
        MethodInfo method = clientType.GetMethod("GetDayAsync")!;
        var task = (Task)method.Invoke(client, new object?[] { day, at, also, CancellationToken.None })!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    private static async Task<string> ServeOnceAsync(TcpListener listener, string body)
    {
        using TcpClient connection = await listener.AcceptTcpClientAsync();
        NetworkStream stream = connection.GetStream();
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        byte[] content = Encoding.UTF8.GetBytes(body);
        string response = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {content.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(response));
        await stream.WriteAsync(content);
        await stream.FlushAsync();
        return head.ToString().Split("\r\n")[0];
    }
}
