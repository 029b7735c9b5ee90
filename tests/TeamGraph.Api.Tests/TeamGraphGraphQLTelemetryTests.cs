using TeamGraph.GraphQL;

namespace TeamGraph.Api.Tests;

public sealed class TeamGraphGraphQLTelemetryTests
{
    [Fact]
    public void Bounded_ADocumentWithinTheBound_IsKeptWhole()
    {
        var document = "{ stats { documents } }" + new string(' ', TeamGraphGraphQLTelemetry.MaxRecordedDocumentLength - 23);

        Assert.Same(document, TeamGraphGraphQLTelemetry.Bounded(document));
        Assert.Null(TeamGraphGraphQLTelemetry.Bounded(null));
    }

    [Fact]
    public void Bounded_ALongerDocument_IsCutToTheBoundAndSaysSo()
    {
        var document = "{ stats { documents } }" + new string('#', 100_000);

        var bounded = TeamGraphGraphQLTelemetry.Bounded(document)!;

        Assert.Equal(TeamGraphGraphQLTelemetry.MaxRecordedDocumentLength, bounded.Length);
        Assert.StartsWith("{ stats { documents } }###", bounded, StringComparison.Ordinal);
        Assert.EndsWith("#…", bounded, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounded_ACutThroughASurrogatePair_DropsTheWholePair()
    {
        var document = new string('a', TeamGraphGraphQLTelemetry.MaxRecordedDocumentLength - 2) + "😀" + new string('b', 10);

        var bounded = TeamGraphGraphQLTelemetry.Bounded(document)!;

        Assert.Equal(new string('a', TeamGraphGraphQLTelemetry.MaxRecordedDocumentLength - 2) + "…", bounded);
    }
}
