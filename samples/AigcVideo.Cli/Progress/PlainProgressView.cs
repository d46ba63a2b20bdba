using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Progress;

/// <summary>One line per change: what logs, pipes and CI consoles can read.</summary>
internal sealed class PlainProgressView(TextWriter output) : IProgressView
{
    public void Show(TaskSnapshot snapshot, TimeSpan elapsed) => output.WriteLine(ProgressText.Line(snapshot, elapsed));

    public void Finish()
    {
    }
}
