using System.CommandLine;
using System.CommandLine.Parsing;
using AigcVideo.Cli.Targets;

namespace AigcVideo.Cli.Commands;

/// <summary><c>--base-url</c> and <c>--json</c>, declared once on the root and inherited by every subcommand.</summary>
internal sealed class TargetOptions
{
    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = $"The gateway to call, e.g. https://api.fast-token.com/. Needs the API key in {ApiKey.EnvironmentVariable}. Without it, a local simulator is started.",
        HelpName = "url",
        Recursive = true,
        CustomParser = ParseBaseUrl,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON object per line (events: target, created, progress, succeeded, failed, downloaded, status, invalid, error, ...) instead of text.",
        Recursive = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(BaseUrl);
        command.Options.Add(Json);
    }

    public TargetSettings Bind(ParseResult result) => new(result.GetValue(BaseUrl), result.GetValue(Json));

    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            // A trailing slash keeps a path prefix (https://host/prefix/) in front of the API paths.
            return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        result.AddError($"--base-url must be an absolute http or https URL (got '{text}').");
        return null;
    }
}
