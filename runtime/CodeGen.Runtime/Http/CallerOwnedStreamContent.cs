using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>
/// A body read from the caller's stream. Unlike <see cref="StreamContent"/> it leaves the stream open when the
/// request is disposed: the stream belongs to whoever opened it.
/// </summary>
internal sealed class CallerOwnedStreamContent : HttpContent
{
    private readonly Stream _stream;

    public CallerOwnedStreamContent(Stream stream) => _stream = stream;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => _stream.CopyToAsync(stream);

    protected override bool TryComputeLength(out long length)
    {
        if (_stream.CanSeek)
        {
            length = _stream.Length - _stream.Position;
            return true;
        }

        length = 0;
        return false;
    }
}
