using GraphQL.Types;

namespace TeamGraph.GraphQL.Types;

/// <summary>A class of a map's <c>classDef</c> statements.</summary>
internal sealed class MapClassDefType : ObjectGraphType<MapClassDef>
{
    public MapClassDefType()
    {
        Name = "MapClassDef";
        Description = "A class a collaboration map defines (`classDef`), with its styles as written.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("styles").Resolve(c => c.Source.Styles);
    }
}
