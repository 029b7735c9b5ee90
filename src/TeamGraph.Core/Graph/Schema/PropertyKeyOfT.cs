namespace TeamGraph.Core.Graph.Schema;

/// <summary>A property whose values are of type <typeparamref name="T"/>, stored in the form its codec gives.</summary>
public abstract class PropertyKey<T> : PropertyKey
    where T : notnull
{
    private protected PropertyKey(string name, PropertyPresence presence, PropertyCodec<T> codec)
        : base(name, presence) => Codec = codec;

    /// <inheritdoc/>
    public override Type ValueType => typeof(T);

    internal PropertyCodec<T> Codec { get; }

    /// <summary>The stored form of <paramref name="value"/>, or <see langword="null"/> when nothing is stored for it.</summary>
    internal virtual object? Store(T? value) => value is null ? null : Codec.Store(value);

    internal override object? Canonical(object raw) => Codec.Canonical(raw);

    internal override bool Accepts(object raw) => Codec.Accepts(raw);
}
