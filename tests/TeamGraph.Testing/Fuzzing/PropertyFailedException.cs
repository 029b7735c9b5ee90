namespace TeamGraph.Testing.Fuzzing;

/// <summary>A property that did not hold for a generated input; CsCheck catches it, shrinks the input and reports.</summary>
public sealed class PropertyFailedException : Exception
{
    public PropertyFailedException()
    {
    }

    public PropertyFailedException(string message)
        : base(message)
    {
    }

    public PropertyFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
