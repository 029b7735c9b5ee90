namespace TeamGraph.Core.Graph.Schema;

/// <summary>A property the documents may leave out: reading it gives <see langword="null"/> when it is missing.</summary>
public sealed class OptionalProperty<T> : PropertyKey<T>
    where T : class
{
    internal OptionalProperty(string name, PropertyCodec<T> codec)
        : base(name, PropertyPresence.Optional, codec)
    {
    }
}
