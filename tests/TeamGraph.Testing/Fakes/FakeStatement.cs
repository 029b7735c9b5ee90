using TeamGraph.Core.Graph;
using TeamGraph.Core.Queries;
using TeamGraph.Core.Store;
using TeamGraph.Neo4j.Client;
using TeamGraph.Neo4j.Reader;
using TeamGraph.Neo4j.Report;
using TeamGraph.Neo4j.Schema;
using TeamGraph.Neo4j.Writer;

namespace TeamGraph.Testing.Fakes;

/// <summary>What a statement TeamGraph sends asks the fake to do, with the label, type or direction it was built for.</summary>
internal enum FakeStatementKind
{
    Schema,
    Ready,
    Echo,
    UpsertNodes,
    UpsertRelationships,
    DeleteStaleRelationships,
    DeleteStaleNodes,
    NodesLabelled,
    Subgraph,
    NodesById,
    HandoffsGiven,
    HandoffsReceived,
    HandoffWalk,
    Neighbours,
    ReportFingerprint,
    ReportUpsert,
    Reports,
    Versions,
}

/// <summary>
/// One statement the fake knows, recognised by its exact text. The catalogue is built by calling the same statement
/// definitions the writer, the reader and the schema send from (<see cref="GraphWriteStatements"/>,
/// <see cref="GraphReadStatements"/>, <see cref="IngestReportStatements"/>, <see cref="Neo4jSchema"/>), for every label,
/// type, direction and subgraph, so a statement changed in the code is still known here, and an unknown text is a syntax error.
/// </summary>
internal sealed record FakeStatement(
    FakeStatementKind Kind,
    string? Name = null,
    RelationshipDirection Direction = RelationshipDirection.Both,
    HandoffDirection Walk = HandoffDirection.Downstream,
    ReadSubgraph? Subgraph = null)
{
    /// <summary>The test-only echo statement the client tests send.</summary>
    public const string EchoStatement = "RETURN $value AS value";

    private static readonly Dictionary<string, FakeStatement> Catalogue = Build();

    public static FakeStatement? Find(string statement) => Catalogue.GetValueOrDefault(statement);

    private static Dictionary<string, FakeStatement> Build()
    {
        var catalogue = new Dictionary<string, FakeStatement>(StringComparer.Ordinal)
        {
            [Neo4jQuery.Ready.Statement] = new(FakeStatementKind.Ready),
            [EchoStatement] = new(FakeStatementKind.Echo),
            [GraphReadStatements.NodesById] = new(FakeStatementKind.NodesById),
            [GraphReadStatements.HandoffsGiven] = new(FakeStatementKind.HandoffsGiven),
            [GraphReadStatements.HandoffsReceived] = new(FakeStatementKind.HandoffsReceived),
            [IngestReportStatements.Fingerprint] = new(FakeStatementKind.ReportFingerprint),
            [IngestReportStatements.Upsert] = new(FakeStatementKind.ReportUpsert),
            [IngestReportStatements.Reports] = new(FakeStatementKind.Reports),
            [IngestReportStatements.Versions] = new(FakeStatementKind.Versions),
        };
        foreach (var statement in Neo4jSchema.Statements)
        {
            catalogue[statement] = new(FakeStatementKind.Schema);
        }

        foreach (var label in NodeLabels.All)
        {
            catalogue[GraphWriteStatements.UpsertNodes(label)] = new(FakeStatementKind.UpsertNodes, label);
            catalogue[GraphWriteStatements.DeleteStaleNodes(label)] = new(FakeStatementKind.DeleteStaleNodes, label);
            catalogue[GraphReadStatements.Nodes([label])] = new(FakeStatementKind.NodesLabelled, label);
        }

        foreach (var type in RelationshipTypes.All)
        {
            catalogue[GraphWriteStatements.UpsertRelationships(type)] = new(FakeStatementKind.UpsertRelationships, type);
            catalogue[GraphWriteStatements.DeleteStaleRelationships(type)] = new(FakeStatementKind.DeleteStaleRelationships, type);
            foreach (var direction in Enum.GetValues<RelationshipDirection>())
            {
                catalogue[GraphReadStatements.Neighbours(type, direction)] = new(FakeStatementKind.Neighbours, type, direction);
            }
        }

        foreach (var walk in Enum.GetValues<HandoffDirection>())
        {
            catalogue[GraphReadStatements.HandoffWalk(walk)] = new(FakeStatementKind.HandoffWalk, Walk: walk);
        }

        foreach (var subgraph in ReadSubgraph.All)
        {
            catalogue[GraphReadStatements.Subgraph(subgraph)] = new(FakeStatementKind.Subgraph, Subgraph: subgraph);
        }

        return catalogue;
    }
}
