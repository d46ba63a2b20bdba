using System.Collections.Concurrent;
using System.Diagnostics;

namespace CodeGen.IntegrationTests.Observability;

/// <summary>
/// Listens to every <see cref="ActivitySource"/> whose name starts with a prefix and keeps each stopped activity's
/// names, tags, status and events.
/// </summary>
public sealed class ActivityRecorder : IDisposable
{
    private readonly ActivityListener _listener;

    public ActivityRecorder(string sourcePrefix)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith(sourcePrefix, StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => Stopped.Enqueue(activity),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public ConcurrentQueue<Activity> Stopped { get; } = new();

    /// <summary>Every name, tag, status description and event (with its tags) of the recorded activities.</summary>
    public string AllText() => string.Join("\n", Stopped.Select(Describe));

    public static string Describe(Activity activity)
        => $"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.Status} {activity.StatusDescription} "
            + string.Join(" ", activity.TagObjects.Select(t => t.Key + "=" + t.Value))
            + " " + string.Join(" ", activity.Events.Select(e => e.Name + "[" + string.Join(" ", e.Tags.Select(t => t.Key + "=" + t.Value)) + "]"))
            + " " + string.Join(" ", activity.Baggage.Select(b => b.Key + "=" + b.Value));

    public void Dispose() => _listener.Dispose();
}
