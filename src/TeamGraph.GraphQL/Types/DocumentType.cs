using GraphQL.Types;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;

namespace TeamGraph.GraphQL.Types;

/// <summary>A Markdown document read from the folder, or one that is linked to but missing.</summary>
internal sealed class DocumentType : ObjectGraphType<GraphNode>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A Markdown document of the folder, or one that documents link to but that does not exist.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("path").Description("The path relative to the served folder.")
            .Resolve(c => c.Source.Get(DocumentProperties.Path));
        Field<StringGraphType>("title").Resolve(c => c.Source.Get(DocumentProperties.Title));
        Field<NonNullGraphType<BooleanGraphType>>("exists").Description("False for a document that is linked to but missing.")
            .Resolve(c => c.Source.Get(DocumentProperties.Exists));
        Field<NonNullGraphType<BooleanGraphType>>("stale")
            .Description("True when the file no longer loads and this is its last good version; `staleReason` says why.")
            .Resolve(c => c.Source.Get(DocumentProperties.Stale));
        Field<StringGraphType>("staleReason").Resolve(c => c.Source.Get(DocumentProperties.StaleReason));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollaborationMapType>>>>("collaborationMaps")
            .Description("The mermaid collaboration maps of a role card, in order.")
            .ResolveRead(c => c.Neighbours(c.Source, RelationshipTypes.HasMap).Then(maps => maps.Select(m => m.Node).OrderBy(m => m.Source.Line).ToList()));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => c.Source.Source);
    }
}
