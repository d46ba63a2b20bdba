using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AigcVideo.Cli.Output;

/// <summary>
/// Writes one compact JSON object per line (JSON Lines), each tagged with an <c>event</c> name, so a script can read
/// the output line by line while the task is still running.
/// </summary>
internal sealed class JsonLineWriter(TextWriter output)
{
    // Relaxed escaping keeps URLs readable ("&" instead of "\u0026"); the output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(string eventName, Action<Utf8JsonWriter> writeMembers)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("event", eventName);
            writeMembers(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Flush();
    }
}
