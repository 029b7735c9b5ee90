namespace TeamGraph.Core.Ingestion.Markdown;

/// <summary>Follows fenced code blocks line by line, so line scanners can skip code (a YAML file nests freely).</summary>
internal sealed class FenceTracker
{
    private char _fenceChar;
    private int _fenceLength;

    /// <summary>True when <paramref name="line"/> is a fence line or inside a fenced block.</summary>
    public bool IsCode(string line)
    {
        var text = line.AsSpan().TrimStart();
        var fenceChar = text.Length > 0 && text[0] is '`' or '~' ? text[0] : '\0';
        var length = fenceChar == '\0' ? 0 : text.Length - text.TrimStart(fenceChar).Length;
        if (_fenceLength == 0)
        {
            if (length >= 3)
            {
                _fenceChar = fenceChar;
                _fenceLength = length;
                return true;
            }

            return false;
        }

        if (fenceChar == _fenceChar && length >= _fenceLength && text[length..].IsWhiteSpace())
        {
            _fenceLength = 0;
        }

        return true;
    }
}
