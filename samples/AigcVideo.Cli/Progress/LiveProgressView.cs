using AigcVideo.Cli.Tasks;

namespace AigcVideo.Cli.Progress;

/// <summary>
/// Redraws a single line with a carriage return, for interactive terminals only: the screen keeps one current state
/// instead of a scrolling list. Shorter lines are padded with spaces to wipe what the longer one left behind.
/// </summary>
internal sealed class LiveProgressView(TextWriter output) : IProgressView
{
    private int _width;

    public void Show(TaskSnapshot snapshot, TimeSpan elapsed)
    {
        string line = ProgressText.LineWithBar(snapshot, elapsed);
        output.Write('\r');
        output.Write(line.PadRight(_width));
        output.Flush();
        _width = Math.Max(_width, line.Length);
    }

    public void Finish()
    {
        if (_width > 0)
        {
            output.WriteLine();
            output.Flush();
            _width = 0;
        }
    }
}
