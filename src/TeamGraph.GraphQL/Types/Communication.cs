using TeamGraph.Core.Cards;
using TeamGraph.Core.Graph;
using TeamGraph.Core.Graph.Schema;
using TeamGraph.Core.Store;

namespace TeamGraph.GraphQL.Types;

/// <summary>One row of a role's communication table, merged back from its <c>MEETS</c> relationships (one per party named).</summary>
/// <param name="With">The parties the row names, such as Tech Lead or Developers.</param>
/// <param name="Frequency">How often, as written.</param>
/// <param name="Format">In what form, as written.</param>
/// <param name="Note">The note of the party cell, if any.</param>
/// <param name="Source">The row.</param>
internal sealed record Communication(IReadOnlyList<GraphNode> With, string? Frequency, string? Format, string? Note, SourceRef Source)
{
    /// <summary>The rows of a role's <c>MEETS</c> relationships, in the order of the table.</summary>
    public static List<Communication> Rows(IReadOnlyList<GraphNeighbour> meetings) =>
        [.. meetings.GroupBy(m => m.Relationship.Source)
            .Select(row =>
            {
                var first = row.First().Relationship;
                return new Communication(
                    [.. row.Select(m => m.Node).DistinctBy(n => n.Id)],
                    first.Get(MeetsProperties.Frequency),
                    first.Get(MeetsProperties.Format),
                    first.Get(MeetsProperties.Note),
                    first.Source);
            })
            .OrderBy(r => r.Source.Path, StringComparer.Ordinal).ThenBy(r => r.Source.Line)];
}
