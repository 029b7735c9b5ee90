using TeamGraph.Core.Diagnostics;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.Core.Tests.Diagrams;

/// <summary>A diagram writer that fails gives an error naming the format and the scope, and costs the other formats nothing.</summary>
public class DiagramGeneratorFaultIsolationTests
{
    private readonly DiagramGenerator _generator = new([new MermaidDiagramWriter(), new FailingWriter(), new PlantUmlDiagramWriter()]);

    [Fact]
    public void Generate_WriterThatThrows_FailsNamingTheFormatAndTheScope()
    {
        var exception = Assert.Throws<StageFailedException>(() =>
            _generator.Generate(DiagramCatalogue.Seed, new DiagramRequest(DiagramScope.Neighbourhood("role:DO"), DiagramFormat.Dot)));

        Assert.StartsWith("The diagram stage failed on the diagram of role:DO's neighbourhood in dot (ArgumentOutOfRangeException: ", exception.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(exception.InnerException);
    }

    [Fact]
    public void Generate_OtherFormatsBesideAFailingWriter_StillDraw() =>
        Assert.Equal(
            new DiagramGenerator().Generate(DiagramCatalogue.Seed, new DiagramRequest(DiagramScope.Team())).Text,
            _generator.Generate(DiagramCatalogue.Seed, new DiagramRequest(DiagramScope.Team())).Text);

    private sealed class FailingWriter : IDiagramWriter
    {
        public DiagramFormat Format => DiagramFormat.Dot;

        /// <summary>The classic off-by-one: one node past the end.</summary>
        public string Write(DiagramView view) => view.Nodes[view.Nodes.Count].Id;
    }
}
