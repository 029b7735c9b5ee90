using System.Net.Http.Headers;
using System.Text;

namespace TeamGraph.Neo4j.Client;

/// <summary>The <c>Authorization</c> header for the options: bearer when a token is set, basic when a user is, else none.</summary>
internal static class Neo4jAuthorization
{
    public static AuthenticationHeaderValue? Header(Neo4jOptions options)
    {
        if (options.Token is not null)
        {
            // Sent as given: SSO tokens (JWTs) are already encoded.
            return new AuthenticationHeaderValue("Bearer", options.Token);
        }

        if (options.User is null)
        {
            return null;
        }

        var credentials = Encoding.UTF8.GetBytes($"{options.User}:{options.Password}");
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
    }
}
