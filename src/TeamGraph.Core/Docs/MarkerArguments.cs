using System.Text;

namespace TeamGraph.Core.Docs;

/// <summary>Splits a marker's options into arguments like a shell would, without escapes: <c>--role "Tech Lead"</c>.</summary>
internal static class MarkerArguments
{
    /// <summary>The arguments, or <see langword="null"/> when a quote is not closed.</summary>
    public static IReadOnlyList<string>? Split(string options)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var inArgument = false;
        char? quote = null;
        foreach (var character in options)
        {
            if (quote is { } open)
            {
                if (character == open)
                {
                    quote = null;
                }
                else
                {
                    current.Append(character);
                }
            }
            else if (character is '"' or '\'')
            {
                quote = character;
                inArgument = true;
            }
            else if (char.IsWhiteSpace(character))
            {
                if (inArgument)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }
            }
            else
            {
                current.Append(character);
                inArgument = true;
            }
        }

        if (quote is not null)
        {
            return null;
        }

        if (inArgument)
        {
            arguments.Add(current.ToString());
        }

        return arguments;
    }
}
