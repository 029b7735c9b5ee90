namespace TeamGraph.Core.Graph.Schema;

/// <summary>A property every element of its label or type has: reading it gives a <typeparamref name="T"/>, never null.</summary>
public sealed class RequiredProperty<T> : PropertyKey<T>
    where T : notnull
{
    internal RequiredProperty(string name, PropertyCodec<T> codec)
        : base(name, PropertyPresence.Required, codec)
    {
    }
}
