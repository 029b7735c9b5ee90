using GraphQL.Types;
using TeamGraph.Core.Graph;

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
            .Resolve(c => NodeValues.Text(c.Source.Properties, "path") ?? c.Source.Id);
        Field<StringGraphType>("title").Resolve(c => NodeValues.Text(c.Source.Properties, "title"));
        Field<NonNullGraphType<BooleanGraphType>>("exists").Description("False for a document that is linked to but missing.")
            .Resolve(c => !c.Source.Properties.TryGetValue("exists", out var exists) || exists is true);
        Field<NonNullGraphType<BooleanGraphType>>("stale")
            .Description("True when the file no longer loads and this is its last good version; `staleReason` says why.")
            .Resolve(c => c.Source.Properties.TryGetValue("stale", out var stale) && stale is true);
        Field<StringGraphType>("staleReason").Resolve(c => NodeValues.Text(c.Source.Properties, "staleReason"));
        Field<NonNullGraphType<SourceType>>("source").Resolve(c => NodeValues.Source(c.Source.Properties));
    }
}
