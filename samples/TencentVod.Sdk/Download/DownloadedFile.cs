namespace TencentVod.Sdk
{
    /// <summary>A file that <c>AigcVideoClient.DownloadAsync</c> wrote completely.</summary>
    /// <param name="Path">The full path of the file.</param>
    /// <param name="Length">Its size in bytes.</param>
    public sealed record DownloadedFile(string Path, long Length);
}
