using TeamGraph.Core.Ingestion.Markdown;

namespace TeamGraph.Core.Tests.Ingestion.Markdown;

public class PipeRowTests
{
    [Theory]
    [InlineData("| a | b |", 2)]
    [InlineData("a | b", 2)]
    [InlineData("| a |", 1)]
    [InlineData("| a | b | c |  ", 3)]
    [InlineData("| `x|y` | z |", 2)]
    [InlineData(@"| a \| b | c |", 2)]
    [InlineData("", 0)]
    public void CellCount_CountsCellsAsWritten(string line, int expected) => Assert.Equal(expected, PipeRow.CellCount(line));
}
