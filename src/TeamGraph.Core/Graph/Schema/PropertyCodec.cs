namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// How values of <typeparamref name="T"/> are stored in an element's property map: as the strings, booleans and string
/// arrays the exporters and Neo4j take.
/// </summary>
internal abstract class PropertyCodec<T>
    where T : notnull
{
    /// <summary>The stored form, or <see langword="null"/> when the value is blank and nothing is stored.</summary>
    public abstract object? Store(T value);

    /// <summary>The value of a stored form this codec wrote.</summary>
    public abstract T Load(object stored);

    /// <summary>The stored form of a value read back from a store, or <see langword="null"/> when it is of another type.</summary>
    public abstract object? Canonical(object raw);

    /// <summary>Whether <see cref="Canonical"/> takes <paramref name="raw"/>; cheaper where the answer is a type test.</summary>
    public virtual bool Accepts(object raw) => Canonical(raw) is not null;

    protected static string[]? Strings(object raw) => raw switch
    {
        string[] strings => strings,
        IEnumerable<object?> items when items.All(i => i is string) => [.. items.Cast<string>()],
        _ => null,
    };
}
