using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// Declares property keys of the types the graph holds. Only Core's schema classes mint keys (the factories are
/// internal), so a reader anywhere else can only name a key a schema declares and the builder writes.
/// </summary>
public static class PropertyKeys
{
    /// <summary>Where every node and relationship is written (<c>path:line</c>); each schema lists it.</summary>
    public static RequiredProperty<SourceRef> Source { get; } = new("source", PropertyCodecs.Source);

    /// <summary>Text that every element of the label or type has (the builder gives a fallback when the cell is blank).</summary>
    internal static RequiredProperty<string> RequiredText(string name) => new(name, PropertyCodecs.Text);

    /// <summary>Text a document may leave blank.</summary>
    internal static OptionalProperty<string> OptionalText(string name) => new(name, PropertyCodecs.Text);

    /// <summary>A boolean every element of the label or type has.</summary>
    internal static RequiredProperty<bool> RequiredFlag(string name) => new(name, PropertyCodecs.Flag);

    /// <summary>A boolean stored only when true.</summary>
    internal static DefaultedProperty<bool> Flag(string name) => new(name, PropertyCodecs.Flag, false, value => !value);

    /// <summary>A number from 0 to 1 stored only when it is not <paramref name="whenMissing"/>.</summary>
    internal static DefaultedProperty<double> Fraction(string name, double whenMissing) => new(name, PropertyCodecs.Fraction, whenMissing, value => value == whenMissing);

    /// <summary>A list of strings stored only when not empty.</summary>
    internal static DefaultedProperty<IReadOnlyList<string>> Texts(string name) => new(name, PropertyCodecs.Texts, [], value => value.Count == 0);

    /// <summary>A list of sources stored only when not empty.</summary>
    internal static DefaultedProperty<IReadOnlyList<SourceRef>> Sources(string name) => new(name, PropertyCodecs.Sources, [], value => value.Count == 0);
}
