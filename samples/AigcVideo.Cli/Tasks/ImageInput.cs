using TencentVod.Sdk;

namespace AigcVideo.Cli.Tasks;

/// <summary>
/// An image option's value: an http(s) URL is passed as a URL; anything else must be a local image file, which is
/// sent inline as Base64 (the API's <c>Type: Base64</c>, reference §1.2), since the gateway cannot reach this machine.
/// </summary>
internal static class ImageInput
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".webp"];

    public static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static InputFileInfo Create(string option, string value, FileUsage usage)
    {
        if (IsUrl(value))
        {
            return new InputFileInfo { Type = FileType.Url, Category = FileCategory.Image, Url = value, Usage = usage };
        }

        return new InputFileInfo { Type = FileType.Base64, Category = FileCategory.Image, Base64 = ReadLocalImage(option, value), Usage = usage };
    }

    private static byte[] ReadLocalImage(string option, string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{option} '{path}' is neither an http(s) URL nor an existing file.");
        }

        if (!ImageExtensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
        {
            throw new UsageException($"{option} '{path}' must be a jpeg, png or webp image ({string.Join(", ", ImageExtensions)}).");
        }

        // Bigger files would be read only to be refused: Base64 files may total 7 MB, which the SDK checks as a whole.
        long length = new FileInfo(path).Length;
        if (length > AigcVideoRequestValidator.MaxBase64Bytes)
        {
            throw new UsageException($"{option} '{path}' is {length / (1024.0 * 1024.0):0.0} MB; local files are sent inline and may total at most 7 MB. Upload it and pass its URL instead.");
        }

        return File.ReadAllBytes(path);
    }
}
