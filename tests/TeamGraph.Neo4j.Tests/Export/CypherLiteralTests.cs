using TeamGraph.Neo4j.Export;

namespace TeamGraph.Neo4j.Tests.Export;

public class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("", "''")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData(@"ends with \", @"'ends with \\'")]
    [InlineData(@"\'", @"'\\\''")]
    [InlineData("a\nb\r\nc\td", @"'a\nb\r\nc\td'")]
    [InlineData("\b\f", @"'\b\f'")]
    [InlineData("\u0000\u0001\u001f\u007f", @"'\u0000\u0001\u001F\u007F'")]
    [InlineData("\u0085\u2028\u2029\uFEFF", @"'\u0085\u2028\u2029\uFEFF'")]
    [InlineData("Обеспечить", "'Обеспечить'")]
    [InlineData("rocket 🚀, coder 👩‍💻", "'rocket 🚀, coder 👩‍💻'")]
    [InlineData("*/ // /* ; `", "'*/ // /* ; `'")]
    public void Quote_EscapesOnlyWhatCanEndTheLiteralOrTheLine(string value, string expected) =>
        Assert.Equal(expected, CypherLiteral.Quote(value));

    [Fact]
    public void Quote_UnpairedSurrogates_BecomeUnicodeEscapes()
    {
        Assert.Equal(@"'a\uD83Db\uDE80'", CypherLiteral.Quote("a\uD83Db\uDE80"));
    }

    [Fact]
    public void Value_EveryKind_UsesInvariantLiterals()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ru-RU");
        try
        {
            Assert.Equal("42", CypherLiteral.Value(42L));
            Assert.Equal("-7", CypherLiteral.Value(-7));
            Assert.Equal("0.7", CypherLiteral.Value(0.7));
            Assert.Equal("3.0", CypherLiteral.Value(3.0));
            Assert.Equal("1E20", CypherLiteral.Value(1e20));
            Assert.Equal("-1.5E-07", CypherLiteral.Value(-1.5e-7));
            Assert.Equal("true", CypherLiteral.Value(true));
            Assert.Equal("false", CypherLiteral.Value(false));
            Assert.Equal(@"['a', 'b\'c']", CypherLiteral.Value(new List<string> { "a", "b'c" }));
            Assert.Equal("[]", CypherLiteral.Value(Array.Empty<string>()));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Value_UnsupportedType_Throws() =>
        Assert.Throws<ArgumentException>(() => CypherLiteral.Value(DateTime.UnixEpoch));

    [Fact]
    public void Map_SortsKeys() =>
        Assert.Equal(
            "{a: 1, b: 'x', c: true}",
            CypherLiteral.Map([new("c", true), new("a", 1L), new("b", "x")]));
}
