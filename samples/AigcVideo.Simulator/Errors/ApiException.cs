namespace AigcVideo.Simulator.Errors;

/// <summary>Thrown by handlers and validators to stop a request with an error answer.</summary>
internal sealed class ApiException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public ApiException(ApiError error)
        : base($"{error.Code}: {error.Message}")
    {
        Error = error;
    }

    /// <summary>The error to answer with.</summary>
    public ApiError Error { get; }
}
