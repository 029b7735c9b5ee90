using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TeamGraph.Core.Cards;
using TeamGraph.GraphQL.Serving;

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
        Field<StringGraphType>("url")
            .Description("A link to that line of the document, made from the server's source link template (TeamGraph:SourceLinkTemplate); null when none is set.")
            .Resolve(c => (c.RequestServices?.GetService<SourceLinks>() ?? SourceLinks.None).UrlOf(c.Source));
    }
}
