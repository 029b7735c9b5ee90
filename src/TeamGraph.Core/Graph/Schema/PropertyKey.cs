namespace TeamGraph.Core.Graph.Schema;

/// <summary>
/// One property of a node label or relationship type: its stored name, its CLR type and its presence. Keys are declared
/// once, in the schema class of their label or type (<see cref="RoleProperties"/>, <see cref="DeclaresProperties"/> …),
/// and every writer and reader goes through them, so a reader cannot ask for a property no writer writes.
/// </summary>
public abstract class PropertyKey
{
    private protected PropertyKey(string name, PropertyPresence presence)
    {
        Name = name;
        Presence = presence;
    }

    /// <summary>The property's name in the stored map, the exports and Neo4j.</summary>
    public string Name { get; }

    /// <summary>Whether the property is required, optional or defaulted.</summary>
    public PropertyPresence Presence { get; }

    /// <summary>The CLR type a reader gets.</summary>
    public abstract Type ValueType { get; }

    /// <summary>
    /// The stored form of a value read back from a store (Neo4j hands lists back as object lists, integers as longs),
    /// or <see langword="null"/> when <paramref name="raw"/> is not a value of this property.
    /// </summary>
    internal abstract object? Canonical(object raw);

    /// <summary>Whether <paramref name="raw"/> is a value of this property (what <see cref="Canonical"/> takes), without converting it.</summary>
    internal abstract bool Accepts(object raw);

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {ValueType.Name} ({Presence})";
}
