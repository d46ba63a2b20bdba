using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TencentVod.Sdk
{
    /// <summary>
    /// One GET of an output file, streamed: the answer is read as soon as its headers arrive and copied in buffers, so
    /// a video of any size never sits in memory. No Authorization header is added: the file host must not see the key.
    /// </summary>
    internal sealed class FileDownload
    {
        private const int BufferSize = 81920;

        private readonly HttpClient _http;
        private readonly Uri _fileUrl;
        private readonly string? _taskId;

        public FileDownload(HttpClient http, Uri fileUrl, string? taskId)
        {
            _http = http;
            _fileUrl = fileUrl;
            _taskId = taskId;
        }

        public async Task<DownloadedFile> SaveAsync(string destinationPath, CancellationToken cancellationToken)
        {
            // Same folder as the destination, so the final move is a rename on the same volume and readers never see
            // a half-written video under the real name.
            string temporaryPath = destinationPath + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".part";
            try
            {
                long length;
                using (var file = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
                {
                    length = await CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                    await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                FileReplacement.MoveOver(temporaryPath, destinationPath);
                return new DownloadedFile(destinationPath, length);
            }
            finally
            {
                TryDelete(temporaryPath);
            }
        }

        public async Task<long> CopyToAsync(Stream destination, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _fileUrl);
            using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new AigcVideoDownloadException(
                    $"The file host answered HTTP {(int)response.StatusCode} {response.ReasonPhrase} for {Describe(_fileUrl)}.",
                    _fileUrl,
                    (int)response.StatusCode,
                    _taskId);
            }

            long? announced = response.Content.Headers.ContentLength;
#if NET8_0_OR_GREATER
            using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using Stream body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            long written = await CopyAsync(body, destination, cancellationToken).ConfigureAwait(false);
            if (announced is long expected && expected != written)
            {
                throw new AigcVideoDownloadException(
                    $"The file host announced {expected} bytes for {Describe(_fileUrl)} but sent {written}.", _fileUrl, taskId: _taskId);
            }

            return written;
        }

        // Stream.CopyToAsync does not say how much it copied; the count is needed to detect a cut-short body.
        private static async Task<long> CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken)
        {
            byte[] buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                total += read;
            }

            return total;
        }

        // Signed CDN URLs carry their signature in the query; messages show only where the file is.
        private static string Describe(Uri url) => url.GetLeftPart(UriPartial.Path);

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort: a leftover .part file is harmless and names itself.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }
}
