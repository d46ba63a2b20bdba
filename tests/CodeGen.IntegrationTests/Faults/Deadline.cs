namespace CodeGen.IntegrationTests.Faults;

/// <summary>
/// A hang detector, not a performance check: each fault must end on its own long before this, and a test that
/// reaches it failed because something never returned.
/// </summary>
internal static class Deadline
{
    public static readonly TimeSpan HangDetector = TimeSpan.FromSeconds(30);

    public static async Task<Exception> ThrowsWithin(Func<Task> call)
    {
        Task task = call();
        Task finished = await Task.WhenAny(task, Task.Delay(HangDetector));
        Assert.True(finished == task, $"the call did not end within {HangDetector.TotalSeconds} s");
        Exception? exception = await Record.ExceptionAsync(() => task);
        Assert.NotNull(exception);
        return exception!;
    }

    public static async Task<T> ReturnsWithin<T>(Func<Task<T>> call)
    {
        Task<T> task = call();
        Task finished = await Task.WhenAny(task, Task.Delay(HangDetector));
        Assert.True(finished == task, $"the call did not end within {HangDetector.TotalSeconds} s");
        return await task;
    }
}
