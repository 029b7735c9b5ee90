using GraphQL.Types;
using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.GraphQL.Types;

/// <summary>How two declarations were found to be one handoff.</summary>
internal sealed class MatchMethodType : EnumerationGraphType
{
    public MatchMethodType()
    {
        Name = "MatchMethod";
        Description = "How two declarations were found to be one handoff.";
        Add("EXACT", MatchMethod.Exact, "The same words once case, punctuation and spacing are folded.");
        Add("STEM", MatchMethod.Stem, "The same word stems (Snowball, Russian and English): word forms and word order.");
        Add("GLOSSARY", MatchMethod.Glossary, "The same meaning through the team's glossary.");
        Add("BUILT_IN_GLOSSARY", MatchMethod.BuiltInGlossary, "The same meaning through the built-in glossary of common software-team words.");
        Add("SPLIT", MatchMethod.Split, "One card splits into several rows what the other names in one.");
        Add("TRIGGER", MatchMethod.Trigger, "A Handoff Points row attached to the Outputs row whose moment it names.");
        Add("ELIMINATION", MatchMethod.Elimination, "The only rows left unmatched between two roles, formats agreeing: probable, not confirmed.");
    }
}
