using TeamGraph.Core.Cards;

namespace TeamGraph.Core.Graph.Schema;

/// <summary>The codecs of the value types the graph holds.</summary>
internal static class PropertyCodecs
{
    /// <summary>Trimmed text; blank text is not stored.</summary>
    public static PropertyCodec<string> Text { get; } = new TextCodec();

    public static PropertyCodec<bool> Flag { get; } = new FlagCodec();

    /// <summary>A fraction, stored rounded to two decimals so exports stay stable.</summary>
    public static PropertyCodec<double> Fraction { get; } = new FractionCodec();

    /// <summary>A list of strings, stored as an array; an empty list is not stored.</summary>
    public static PropertyCodec<IReadOnlyList<string>> Texts { get; } = new TextsCodec();

    /// <summary>A <see cref="SourceRef"/>, stored in its <c>path:line</c> form.</summary>
    public static PropertyCodec<SourceRef> Source { get; } = new SourceCodec();

    /// <summary>A list of <see cref="SourceRef"/>, stored as an array of <c>path:line</c> strings.</summary>
    public static PropertyCodec<IReadOnlyList<SourceRef>> Sources { get; } = new SourcesCodec();

    private sealed class TextCodec : PropertyCodec<string>
    {
        public override object? Store(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        public override string Load(object stored) => (string)stored;

        public override object? Canonical(object raw) => raw as string;
    }

    private sealed class FlagCodec : PropertyCodec<bool>
    {
        private static readonly object True = true;
        private static readonly object False = false;

        // One box for each value: a graph stores hundreds of thousands of flags.
        public override object? Store(bool value) => value ? True : False;

        public override bool Load(object stored) => (bool)stored;

        public override object? Canonical(object raw) => raw as bool?;

        public override bool Accepts(object raw) => raw is bool;
    }

    private sealed class FractionCodec : PropertyCodec<double>
    {
        public override object? Store(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

        public override double Load(object stored) => (double)stored;

        public override object? Canonical(object raw) => raw switch
        {
            double number => number,
            long integer => (double)integer,
            _ => null,
        };

        public override bool Accepts(object raw) => raw is double or long;
    }

    private sealed class TextsCodec : PropertyCodec<IReadOnlyList<string>>
    {
        public override object? Store(IReadOnlyList<string> value) => value.Count == 0 ? null : value.ToArray();

        public override IReadOnlyList<string> Load(object stored) => (string[])stored;

        public override object? Canonical(object raw) => Strings(raw);
    }

    private sealed class SourceCodec : PropertyCodec<SourceRef>
    {
        // Elements made one after another mostly share a line (a handoff row gives a node and four relationships), so the
        // text last made on this thread is handed out again rather than spelled anew.
        [ThreadStatic]
        private static SourceRef _last;

        [ThreadStatic]
        private static string? _lastText;

        public override object? Store(SourceRef value)
        {
            if (_lastText is null || _last != value)
            {
                (_last, _lastText) = (value, value.ToString());
            }

            return _lastText;
        }

        public override SourceRef Load(object stored) => SourceRef.Parse((string)stored);

        public override object? Canonical(object raw) => raw as string;
    }

    private sealed class SourcesCodec : PropertyCodec<IReadOnlyList<SourceRef>>
    {
        public override object? Store(IReadOnlyList<SourceRef> value) => value.Count == 0 ? null : value.Select(s => s.ToString()).ToArray();

        public override IReadOnlyList<SourceRef> Load(object stored) => [.. ((string[])stored).Select(SourceRef.Parse)];

        public override object? Canonical(object raw) => Strings(raw);
    }
}
