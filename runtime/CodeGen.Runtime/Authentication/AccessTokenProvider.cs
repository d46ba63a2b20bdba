using System;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Authentication;

/// <summary>Creates <see cref="IAccessTokenProvider"/> instances for the common cases.</summary>
public static class AccessTokenProvider
{
    /// <summary>A provider that always returns the same token.</summary>
    /// <param name="token">The token, for example an API key.</param>
    public static IAccessTokenProvider FromToken(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        return new StaticAccessTokenProvider(token);
    }

    /// <summary>A provider that asks <paramref name="getToken"/> before every request, for keys that rotate.</summary>
    /// <param name="getToken">Returns the current token.</param>
    public static IAccessTokenProvider FromDelegate(Func<CancellationToken, ValueTask<string?>> getToken)
    {
        if (getToken is null)
        {
            throw new ArgumentNullException(nameof(getToken));
        }

        return new DelegateAccessTokenProvider(getToken);
    }

    private sealed class StaticAccessTokenProvider : IAccessTokenProvider
    {
        private readonly string _token;

        public StaticAccessTokenProvider(string token) => _token = token;

        public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => new(_token);

        // The token is a secret: never let it reach logs through ToString.
        public override string ToString() => "StaticAccessTokenProvider(***)";
    }

    private sealed class DelegateAccessTokenProvider : IAccessTokenProvider
    {
        private readonly Func<CancellationToken, ValueTask<string?>> _getToken;

        public DelegateAccessTokenProvider(Func<CancellationToken, ValueTask<string?>> getToken) => _getToken = getToken;

        public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => _getToken(cancellationToken);

        public override string ToString() => "DelegateAccessTokenProvider";
    }
}
