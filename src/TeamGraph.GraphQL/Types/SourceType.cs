using GraphQL.Types;
using TeamGraph.Core.Cards;

namespace TeamGraph.GraphQL.Types;

/// <summary><c>Source { path line }</c>: where a fact is written.</summary>
internal sealed class SourceType : ObjectGraphType<SourceRef>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact is written: a document path relative to the served folder and its 1-based line.";
        Field(s => s.Path);
        Field(s => s.Line);
    }
}
