namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// A property stored only when it differs from its default (an empty list, <see langword="false"/>), so the exports
/// stay as small as the documents; reading it gives the default when it is missing.
/// </summary>
public sealed class DefaultedProperty<T> : PropertyKey<T>
    where T : notnull
{
    private readonly Func<T, bool> _isDefault;

    internal DefaultedProperty(string name, PropertyCodec<T> codec, T defaultValue, Func<T, bool> isDefault)
        : base(name, PropertyPresence.Defaulted, codec)
    {
        Default = defaultValue;
        _isDefault = isDefault;
    }

    /// <summary>What a reader gets when the property is not stored.</summary>
    public T Default { get; }

    internal override object? Store(T? value) => value is null || _isDefault(value) ? null : Codec.Store(value);
}
