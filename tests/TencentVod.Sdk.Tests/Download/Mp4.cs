namespace TencentVod.Sdk.Tests.Download;

/// <summary>What makes a file an MP4 a player opens: it starts with an <c>ftyp</c> box.</summary>
internal static class Mp4
{
    public static void AssertPlayable(byte[] bytes)
    {
        Assert.True(bytes.Length > 8, $"Only {bytes.Length} bytes.");
        int boxSize = (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3];
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
        Assert.InRange(boxSize, 8, bytes.Length);
    }
}
