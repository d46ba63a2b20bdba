using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Progress;

/// <summary>Shows a task's progress while it runs. Only called when the status or the percentage changed.</summary>
internal interface IProgressView
{
    void Show(TaskSnapshot snapshot, TimeSpan elapsed);

    /// <summary>Ends the progress display so that the next line of output starts on a fresh line.</summary>
    void Finish();
}
