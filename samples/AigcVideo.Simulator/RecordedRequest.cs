namespace AigcVideo.Simulator;

/// <summary>
/// One HTTP request as the simulator received it, recorded before any routing, authentication or validation.
/// </summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The request path without the query string, e.g. <c>/tencent-vod/v1/aigc-video</c>.</param>
/// <param name="Authorization">The raw <c>Authorization</c> header, or <see langword="null"/> when absent.</param>
/// <param name="ContentType">The raw <c>Content-Type</c> header, or <see langword="null"/> when absent.</param>
/// <param name="Body">The request body decoded as UTF-8; empty when there was no body.</param>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? ContentType, string Body);
