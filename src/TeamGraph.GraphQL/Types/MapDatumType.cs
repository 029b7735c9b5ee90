using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>One entry of a data block.</summary>
internal sealed class MapDatumType : ObjectGraphType<MapDatum>
{
    public MapDatumType()
    {
        Name = "MapDatum";
        Description = "One `key: value` entry of a node's or an edge's data block (`@{ ... }`), as written.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}
