using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// Supplies the bearer token for each request, so that keys can rotate without rebuilding the client.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns the token to send as <c>Authorization: Bearer &lt;token&gt;</c>, or <see langword="null"/> to send none.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
