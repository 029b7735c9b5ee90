namespace TeamGraph.GraphQL.Serving;

/// <summary>The graph served now. A new graph is built aside and swapped in with one reference write.</summary>
public sealed class TeamGraphState
{
    private volatile ServedGraph _current = ServedGraph.Empty;

    /// <summary>The graph served now; read it once per request.</summary>
    public ServedGraph Current => _current;

    /// <summary>Serves <paramref name="graph"/> from now on; requests already running finish on the graph they started with.</summary>
    public void Serve(ServedGraph graph) => _current = graph;
}
