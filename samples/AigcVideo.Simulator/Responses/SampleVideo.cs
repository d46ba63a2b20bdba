using System.Buffers.Binary;
using System.Text;

namespace AigcVideo.Simulator.Responses;

/// <summary>
/// The tiny MP4 served as every task's result: an ISO base media file with an <c>ftyp</c> box (major brand
/// <c>isom</c>, compatible brands <c>isom</c>, <c>iso2</c>, <c>mp41</c>), a <c>moov</c> box holding only a movie
/// header (<c>mvhd</c>) and an empty <c>mdat</c> box. It is built in code; no binary file is shipped.
/// </summary>
internal static class SampleVideo
{
    /// <summary>The content type of the file.</summary>
    public const string ContentType = "video/mp4";

    /// <summary>The <c>ftyp</c> minor version.</summary>
    public const uint MinorVersion = 0x200;

    /// <summary>The movie duration written in <c>mvhd</c>, in milliseconds (timescale 1000).</summary>
    public const uint DurationMilliseconds = 5000;

    /// <summary>The file's bytes.</summary>
    public static ReadOnlyMemory<byte> Bytes { get; } = Build();

    private static byte[] Build()
    {
        using var stream = new MemoryStream();
        WriteFileType(stream);
        WriteMovie(stream);
        WriteBox(stream, "mdat", []);
        return stream.ToArray();
    }

    private static void WriteFileType(Stream stream)
    {
        byte[] body = new byte[16];
        Encoding.ASCII.GetBytes("isom", body.AsSpan(0, 4));
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(4, 4), MinorVersion);
        Encoding.ASCII.GetBytes("isom", body.AsSpan(8, 4));
        Encoding.ASCII.GetBytes("iso2", body.AsSpan(12, 4));
        WriteBox(stream, "ftyp", [.. body, .. "mp41"u8]);
    }

    private static void WriteMovie(Stream stream)
    {
        // mvhd, version 0: 100 bytes after the box header.
        byte[] header = new byte[100];
        Span<byte> span = header;
        BinaryPrimitives.WriteUInt32BigEndian(span[12..], 1000);                 // timescale
        BinaryPrimitives.WriteUInt32BigEndian(span[16..], DurationMilliseconds); // duration
        BinaryPrimitives.WriteUInt32BigEndian(span[20..], 0x0001_0000);          // rate 1.0
        BinaryPrimitives.WriteUInt16BigEndian(span[24..], 0x0100);               // volume 1.0
        int[] matrix = [0x0001_0000, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000]; // identity
        for (int i = 0; i < matrix.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(span[(36 + (4 * i))..], matrix[i]);
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[96..], 1);                    // next track id

        using var movie = new MemoryStream();
        WriteBox(movie, "mvhd", header);
        WriteBox(stream, "moov", movie.ToArray());
    }

    private static void WriteBox(Stream stream, string type, ReadOnlySpan<byte> body)
    {
        Span<byte> boxHeader = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(boxHeader, (uint)(8 + body.Length));
        Encoding.ASCII.GetBytes(type, boxHeader[4..]);
        stream.Write(boxHeader);
        stream.Write(body);
    }
}
