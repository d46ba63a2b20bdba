using System.CommandLine;
using System.CommandLine.Parsing;

namespace AigcVideo.Cli.Commands;

/// <summary>
/// <c>--download</c> and <c>--output</c>: save the video once the task succeeded. With the local simulator this is the
/// only way to keep it, since the simulator (and its file URL) stops when the command exits.
/// </summary>
internal sealed class DownloadOptions(bool alwaysDownload)
{
    private readonly Option<bool> _download = new("--download")
    {
        Description = "Save the video once it is ready (to <task-id>.mp4 in the current folder unless --output is given).",
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = alwaysDownload
            ? "Where to save the video (default <task-id>.mp4 in the current folder); an existing file is replaced."
            : "Save the video to this path once it is ready (implies --download); an existing file is replaced.",
        HelpName = "path",
    };

    public void AddTo(Command command)
    {
        if (!alwaysDownload)
        {
            command.Options.Add(_download);
        }

        command.Options.Add(_output);
    }

    /// <summary>Whether a download was asked for, from a validator (before binding).</summary>
    public bool IsRequested(SymbolResult result) => result.GetValue(_download) || result.GetValue(_output) is not null;

    public DownloadSettings Bind(ParseResult result) =>
        new(alwaysDownload || result.GetValue(_download) || result.GetValue(_output) is not null, result.GetValue(_output));
}
