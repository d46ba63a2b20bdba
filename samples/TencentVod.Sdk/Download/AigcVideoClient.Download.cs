using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace TencentVod.Sdk
{
    // Fetching the output file. It lives on a file host (a CDN-style URL), not on the gateway: it is requested through
    // the client's HttpClient but without the bearer token, which the client only adds to its own API calls.
    public sealed partial class AigcVideoClient
    {
        /// <summary>
        /// Streams the result's (first) output file to <paramref name="destinationPath"/>. The body is copied as it
        /// arrives into a temporary file next to the destination, which replaces the destination only once complete.
        /// </summary>
        /// <param name="result">A finished task, from <see cref="WaitForCompletionAsync"/> or <see cref="CreateAndWaitAsync"/>.</param>
        /// <param name="destinationPath">Where the file goes; an existing file is replaced; the folder must exist.</param>
        /// <param name="cancellationToken">Stops the download; the temporary file is removed.</param>
        /// <returns>The path written and its length.</returns>
        /// <exception cref="AigcVideoDownloadException">The file host answered an error status, or the body was cut short.</exception>
        public Task<DownloadedFile> DownloadAsync(AigcVideoTaskResult result, string destinationPath, CancellationToken cancellationToken = default)
        {
            if (result is null)
            {
                throw new ArgumentNullException(nameof(result));
            }

            return DownloadAsync(ParseFileUrl(result.FileUrl), destinationPath, result.TaskId, cancellationToken);
        }

        /// <summary>Streams the file at <paramref name="fileUrl"/> to <paramref name="destinationPath"/>, as the other overload does.</summary>
        /// <param name="fileUrl">An output file URL, e.g. <see cref="AigcVideoTaskResult.FileUrl"/>.</param>
        /// <param name="destinationPath">Where the file goes; an existing file is replaced; the folder must exist.</param>
        /// <param name="cancellationToken">Stops the download; the temporary file is removed.</param>
        /// <returns>The path written and its length.</returns>
        /// <exception cref="AigcVideoDownloadException">The file host answered an error status, or the body was cut short.</exception>
        public Task<DownloadedFile> DownloadAsync(Uri fileUrl, string destinationPath, CancellationToken cancellationToken = default) =>
            DownloadAsync(fileUrl, destinationPath, taskId: null, cancellationToken);

        /// <summary>
        /// Streams the file at <paramref name="fileUrl"/> into <paramref name="destination"/> without holding it in
        /// memory. The stream is written to, not flushed to disk or closed.
        /// </summary>
        /// <param name="fileUrl">An output file URL, e.g. <see cref="AigcVideoTaskResult.FileUrl"/>.</param>
        /// <param name="destination">A writable stream.</param>
        /// <param name="cancellationToken">Stops the download.</param>
        /// <returns>The number of bytes written.</returns>
        /// <exception cref="AigcVideoDownloadException">The file host answered an error status, or the body was cut short.</exception>
        public Task<long> DownloadToStreamAsync(Uri fileUrl, Stream destination, CancellationToken cancellationToken = default)
        {
            CheckFileUrl(fileUrl);
            if (destination is null)
            {
                throw new ArgumentNullException(nameof(destination));
            }

            return new FileDownload(_connection.HttpClient, fileUrl, taskId: null).CopyToAsync(destination, cancellationToken);
        }

        private Task<DownloadedFile> DownloadAsync(Uri fileUrl, string destinationPath, string? taskId, CancellationToken cancellationToken)
        {
            CheckFileUrl(fileUrl);
            if (string.IsNullOrWhiteSpace(destinationPath))
            {
                throw new ArgumentException("The destination path is empty.", nameof(destinationPath));
            }

            return new FileDownload(_connection.HttpClient, fileUrl, taskId).SaveAsync(Path.GetFullPath(destinationPath), cancellationToken);
        }

        private static Uri ParseFileUrl(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed)
                ? parsed
                : throw new ArgumentException($"The output file URL '{url}' is not an absolute URL.", nameof(url));

        private static void CheckFileUrl(Uri fileUrl)
        {
            if (fileUrl is null)
            {
                throw new ArgumentNullException(nameof(fileUrl));
            }

            if (!fileUrl.IsAbsoluteUri || (fileUrl.Scheme != Uri.UriSchemeHttp && fileUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"The output file URL '{fileUrl}' is not an absolute http or https URL.", nameof(fileUrl));
            }
        }
    }
}
