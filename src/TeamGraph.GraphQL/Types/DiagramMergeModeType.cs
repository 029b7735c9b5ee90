using GraphQL.Types;
using TeamGraph.Core.Diagrams;

namespace TeamGraph.GraphQL.Types;

/// <summary>Whether parallel relationships are drawn as one counted edge: <c>AUTO</c>, <c>ALWAYS</c>, <c>NEVER</c>.</summary>
internal sealed class DiagramMergeModeType : EnumerationGraphType
{
    public DiagramMergeModeType()
    {
        Name = "DiagramMergeMode";
        Description = "Whether relationships of one kind between the same two actors, in the same direction and with the same status, "
            + "are drawn as one edge labelled with their count and a few names (\"3 handoffs:\", two names, \"+1 more\").";
        Add("AUTO", DiagramMergeMode.Auto, $"Merge when the diagram would otherwise draw more than {DiagramRequest.AutoMergeThreshold} edges. The default.");
        Add("ALWAYS", DiagramMergeMode.Always, "Always merge.");
        Add("NEVER", DiagramMergeMode.Never, "Never merge: one edge per relationship.");
    }
}
