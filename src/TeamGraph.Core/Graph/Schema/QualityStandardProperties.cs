namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of a <c>QualityStandard</c> node.</summary>
public static class QualityStandardProperties
{
    /// <summary>The aspect ("Code coverage").</summary>
    public static RequiredProperty<string> Aspect { get; } = PropertyKeys.RequiredText("aspect");

    /// <summary>The criterion ("≥ 80%").</summary>
    public static OptionalProperty<string> Criterion { get; } = PropertyKeys.OptionalText("criterion");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.QualityStandard, Aspect, Criterion);
}
