namespace AigcVideo.Cli.Tests;

/// <summary>What makes a file an MP4 a player opens: it starts with an <c>ftyp</c> box.</summary>
internal static class Mp4
{
    public static void AssertPlayable(string path)
    {
        byte[] bytes = System.IO.File.ReadAllBytes(path);
        Assert.True(bytes.Length > 8, $"{path} has only {bytes.Length} bytes.");
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(bytes, 4, 4));
    }
}
