using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using TeamGraph.Api.Hosting;
using TeamGraph.Api.Http.Limits;

namespace TeamGraph.Api.Http;

/// <summary>
/// Lets a mutation through only when <see cref="TeamGraphOptions.ApiKey"/> is set and the request carries it as
/// <c>Authorization: Bearer &lt;key&gt;</c>. Runs in the endpoint before execution, so no resolver of a refused
/// mutation ever runs.
/// </summary>
/// <remarks>
/// Wrong keys are counted per client address by <see cref="FailedApiKeyThrottle"/>: past the limit the address gets 429
/// with <c>Retry-After</c>, before its key is compared.
/// </remarks>
internal sealed class MutationAuthorization(IOptions<TeamGraphOptions> options, FailedApiKeyThrottle throttle)
{
    public const string DisabledCode = "MUTATIONS_DISABLED";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// Throws a <see cref="GraphQLRequestError"/>: 403 when mutations are off, 429 when the client's address sent too many
    /// wrong keys lately, 401 for a missing or wrong key.
    /// </summary>
    public void Demand(HttpRequest request)
    {
        var key = options.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            // No credential can help, so 403 rather than 401.
            throw new GraphQLRequestError(StatusCodes.Status403Forbidden, "Mutations are disabled: set TEAMGRAPH_API_KEY (TeamGraph:ApiKey) to enable them.")
            {
                Code = DisabledCode,
            };
        }

        var address = request.HttpContext.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(address) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            throw new GraphQLRequestError(StatusCodes.Status429TooManyRequests, $"Too many wrong API keys from this address; try again in {seconds} s.")
            {
                Code = LimitErrorCodes.TooManyFailedAttempts,
            };
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            request.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            throw new GraphQLRequestError(StatusCodes.Status401Unauthorized, "Mutations need the API key: send 'Authorization: Bearer <key>'.")
            {
                Code = UnauthenticatedCode,
            };
        }

        // Comparing hashes keeps the time constant in the key's length as well as its content.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[BearerPrefix.Length..].Trim()));
        if (!CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
        {
            throttle.Failed(address);
            request.HttpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
            throw new GraphQLRequestError(StatusCodes.Status401Unauthorized, "The API key is wrong.") { Code = UnauthenticatedCode };
        }
    }
}
