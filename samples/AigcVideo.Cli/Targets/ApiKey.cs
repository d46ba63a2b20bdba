namespace AigcVideo.Cli.Targets;

/// <summary>
/// The API key of a remote gateway. It only comes from the environment, never from an option, so it does not end up
/// in shell history or process listings; and it is never printed.
/// </summary>
internal static class ApiKey
{
    public const string EnvironmentVariable = "AIGC_VIDEO_API_KEY";

    public static string Read(CliEnvironment environment, Uri baseUrl)
    {
        string? key = environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new UsageException(
                $"--base-url {baseUrl} needs an API key: set the environment variable {EnvironmentVariable}. " +
                "Leave out --base-url to use the built-in local simulator instead.");
        }

        return key.Trim();
    }
}
