namespace TeamGraph.Core.Graph.Schema;

/// <summary>The properties of an <c>Example</c> node.</summary>
public static class ExampleProperties
{
    /// <summary>The heading above the code block.</summary>
    public static RequiredProperty<string> Title { get; } = PropertyKeys.RequiredText("title");

    /// <summary>The code block's language.</summary>
    public static OptionalProperty<string> Language { get; } = PropertyKeys.OptionalText("language");

    /// <summary>The code.</summary>
    public static OptionalProperty<string> Code { get; } = PropertyKeys.OptionalText("code");

    /// <summary>The schema: <c>source</c> and the properties above.</summary>
    public static ElementSchema Schema { get; } = new(NodeLabels.Example, Title, Language, Code);
}
