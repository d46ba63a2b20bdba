using System.Collections.Concurrent;
using AigcVideo.Simulator.Tasks;

namespace AigcVideo.Simulator.Faults;

/// <summary>
/// Decides whether a create request may go on to the task store: the create rate limit, the rejections queued with
/// <see cref="AigcVideoSimulator.RejectNextCreate(CreateRejection)"/> and the prompt's magic token. Shared by both
/// create endpoints, as both are <c>CreateAigcVideoTask</c> behind the gateway. Thread-safe.
/// </summary>
internal sealed class CreateAdmission
{
    private readonly RateLimiter? _rateLimiter;
    private readonly ConcurrentQueue<CreateRejection> _queued = new();

    /// <summary>Creates the admission; <paramref name="rateLimiter"/> is <see langword="null"/> when no rate limit applies.</summary>
    public CreateAdmission(RateLimiter? rateLimiter)
    {
        _rateLimiter = rateLimiter;
    }

    /// <summary>Makes the next validated create request fail with <paramref name="rejection"/>.</summary>
    public void Enqueue(CreateRejection rejection) => _queued.Enqueue(rejection);

    /// <summary>Checks the rate limit, before the body is even read, as a gateway would.</summary>
    public void CheckRate(DateTimeOffset now)
    {
        if (_rateLimiter is { } limiter && !limiter.TryAdmit(now))
        {
            throw Rejections.RateLimited(limiter.PerSecond, "create").ToException();
        }
    }

    /// <summary>Throws the queued rejection, or the one the prompt asks for, if any.</summary>
    public void CheckRejections(TaskSubmission submission)
    {
        if (_queued.TryDequeue(out CreateRejection queued))
        {
            throw Rejections.ToError(queued).ToException();
        }

        if (submission.Faults.Rejection is { } asked)
        {
            throw Rejections.ToError(asked).ToException();
        }
    }
}
