using System;

namespace CodeGen.Runtime.Responses;

/// <summary>
/// Looks at every successfully read response before a generated method returns it, to catch APIs that answer
/// 2xx with an error inside the body (an "envelope" such as <c>{"Response":{"Error":{...}}}</c>). Set one on
/// <see cref="ApiClientOptions.ResponseInspector"/>; it applies to every operation of the client.
/// </summary>
/// <remarks>
/// Implementations are called from many threads at once and must not keep state per call. They see the typed body
/// the generated converter produced, so they can pattern-match on the generated types without reading JSON again.
/// </remarks>
public interface IApiResponseInspector
{
    /// <summary>
    /// Decides whether a 2xx answer is really a failure.
    /// </summary>
    /// <param name="response">The operation, status, headers and typed body.</param>
    /// <returns>
    /// The exception the generated method throws instead of returning the body, or <see langword="null"/> when the
    /// answer is a success. Throwing from here works too; returning lets the client log and trace the failure first.
    /// </returns>
    Exception? Inspect(ApiResponseContext response);
}
