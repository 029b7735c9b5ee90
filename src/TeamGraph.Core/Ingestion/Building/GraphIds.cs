using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Ingestion.Resolution;

namespace TeamGraph.Core.Ingestion.Building;

/// <summary>
/// Deterministic ids: derived from role codes and normalised text only, so re-ingesting the same documents gives the
/// same ids and a changed sentence changes one id, not all of them.
/// </summary>
public static class GraphIds
{
    private const int MaxSlugLength = 64;

    public static string Role(string code) => $"role:{code}";

    public static string Actor(ResolvedActor actor) => actor.Kind switch
    {
        ActorKind.Role => Role(actor.Key),
        ActorKind.Group => $"group:{Slug(actor.Key)}",
        _ => $"external:{Slug(actor.Key)}",
    };

    public static string Document(string path) => $"doc:{path}";

    /// <summary>The <paramref name="ordinal"/>-th (from 1) collaboration map of the document at <paramref name="path"/>.</summary>
    public static string Map(string path, int ordinal) => $"map:{path}#{ordinal}";

    public static string Shared(string kind, string name) => $"{kind}:{Slug(name)}";

    public static string OfRole(string kind, string roleCode, string text) => $"{kind}:{roleCode}:{Slug(text)}";

    /// <summary>
    /// A handoff: <c>handoff:</c>, the giver's key, <c>&gt;</c>, the receivers' keys joined by <c>+</c>, <c>:</c> and the
    /// slug of what is handed over; a party's key is its id without the kind (<c>role:qa</c> is <c>qa</c>). Written from
    /// spans: a build makes one per handoff.
    /// </summary>
    public static string Handoff(string giverId, IReadOnlyList<string> receiverIds, string what)
    {
        var id = new DefaultInterpolatedStringHandler(0, 0);
        id.AppendLiteral("handoff:");
        id.AppendFormatted(Key(giverId));
        id.AppendLiteral(">");
        for (var i = 0; i < receiverIds.Count; i++)
        {
            if (i > 0)
            {
                id.AppendLiteral("+");
            }

            id.AppendFormatted(Key(receiverIds[i]));
        }

        id.AppendLiteral(":");
        id.AppendFormatted(Slug(what));
        return id.ToStringAndClear();
    }

    public static string Relationship(string type, string startId, string endId, string? discriminator = null) =>
        GraphRelationship.ComposedId(type, startId, endId, discriminator);

    /// <summary>Normalised text with dashes; long text is cut and suffixed with a hash so ids stay short and unique.</summary>
    public static string Slug(string text)
    {
        var slug = NameNormalizer.Normalize(text).Replace(' ', '-');
        if (slug.Length == 0)
        {
            slug = "_";
        }

        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..8];
        return $"{slug[..(MaxSlugLength - 9)]}-{hash}";
    }

    private static ReadOnlySpan<char> Key(string nodeId) => nodeId.AsSpan(nodeId.IndexOf(':', StringComparison.Ordinal) + 1);
}
