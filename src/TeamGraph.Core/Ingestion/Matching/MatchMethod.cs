namespace TeamGraph.Core.Ingestion.Matching;

/// <summary>
/// How two declarations were found to be one handoff; the values of a <c>Handoff</c>'s <c>matchedBy</c>, strongest
/// first. Each has a confidence (see <see cref="HandoffSimilarity"/>), and a handoff's confidence is its weakest join.
/// </summary>
public static class MatchMethod
{
    /// <summary>The same words after case, punctuation and spacing are folded.</summary>
    public const string Exact = "exact";

    /// <summary>The same word stems (Snowball, Russian and English): word forms and word order.</summary>
    public const string Stem = "stem";

    /// <summary>The same meaning through the team's glossary (<c>## Glossary</c> in the registry).</summary>
    public const string Glossary = "glossary";

    /// <summary>The same meaning through the built-in glossary of common software-team words.</summary>
    public const string BuiltInGlossary = "built-in-glossary";

    /// <summary>One card splits into several rows what the other card names in one.</summary>
    public const string Split = "split";

    /// <summary>A Handoff Points row attached to the Outputs row of the same card whose moment it describes.</summary>
    public const string Trigger = "trigger";

    /// <summary>The only rows left unmatched between two roles, with formats that agree: probable, not confirmed.</summary>
    public const string Elimination = "elimination";

    /// <summary>Every method, strongest first: the order of <c>matchedBy</c>.</summary>
    public static IReadOnlyList<string> All { get; } = [Exact, Stem, Glossary, BuiltInGlossary, Split, Trigger, Elimination];
}
