namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of the <c>Skill</c>, <c>Tool</c>, <c>Topic</c> and <c>Artifact</c> nodes: a name.</summary>
public static class NamedNodeProperties
{
    /// <summary>The name as first written.</summary>
    public static RequiredProperty<string> Name { get; } = PropertyKeys.RequiredText("name");
}
