using System.Collections.Concurrent;
using System.Diagnostics;

namespace CodeGen.Runtime.Observability;

/// <summary>
/// One <see cref="ActivitySource"/> per client type, named after the client's full type name, so that a tracer
/// subscribes with <c>AddSource("My.Namespace.MyClient")</c>. Sources live for the process: creating one per client
/// instance would leak listeners' registrations and break the "one source per component" convention.
/// </summary>
internal static class ClientActivitySources
{
    private static readonly ConcurrentDictionary<string, ActivitySource> Sources = new(System.StringComparer.Ordinal);

    public static ActivitySource For(string clientName) => Sources.GetOrAdd(clientName, static name => new ActivitySource(name));
}
