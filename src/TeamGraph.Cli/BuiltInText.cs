namespace TeamGraph.Cli;

/// <summary>Text files built into the tool as resources (the role card templates, the GraphQL schema).</summary>
internal static class BuiltInText
{
    /// <summary>The text of the resource <paramref name="name"/>; throws when the tool was built without it.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(BuiltInText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not built into the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
