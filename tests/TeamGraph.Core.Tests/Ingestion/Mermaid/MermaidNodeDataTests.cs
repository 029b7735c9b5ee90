using CsCheck;
using TeamGraph.Core.Ingestion.Mermaid;

namespace TeamGraph.Core.Tests.Ingestion.Mermaid;

public class MermaidNodeDataTests
{
    [Theory]
    [InlineData(" shape: rounded ")]
    [InlineData("shape: lean-r, label: \"Input\"")]
    [InlineData(" animate: false ")]
    [InlineData("label: \"  spaced  \" , curve: stepBefore")]
    [InlineData("   ")]
    [InlineData("shape: 0, label: null")]
    public void TryReadFlat_CommonForms_AnswersAsYamlDoes(string text)
    {
        var flat = MermaidNodeData.TryReadFlat(text);

        Assert.NotNull(flat);
        Assert.Equal(Yaml(text), flat.Values.OrderBy(v => v.Key));
    }

    [Theory]
    [InlineData("shape:hex")]
    [InlineData("label: \"a\\\"b\"")]
    [InlineData("shape: a, shape: b")]
    [InlineData("shape: ~")]
    [InlineData("label: 'single'")]
    [InlineData("shape: rounded,")]
    [InlineData("shape: a b")]
    [InlineData("shape: a # note")]
    public void TryReadFlat_AnythingElse_LeavesItToYaml(string text) => Assert.Null(MermaidNodeData.TryReadFlat(text));

    [Fact]
    public void TryReadFlat_WhereverItAnswers_AgreesWithYaml()
    {
        var piece = Gen.OneOf(Gen.Const("shape"), Gen.Const("label"), Gen.Const(": "), Gen.Const(":"), Gen.Const(" "),
            Gen.Const(", "), Gen.Const(","), Gen.Const("\""), Gen.Const("a"), Gen.Const("-"), Gen.Const("0"), Gen.Const("false"),
            Gen.Const("\\"), Gen.Const("#"), Gen.Const("{"), Gen.Const("}"), Gen.Const("\t"), Gen.Const("'"), Gen.Const("é"));
        piece.Array[0, 12].Select(string.Concat).Sample(text =>
        {
            var flat = MermaidNodeData.TryReadFlat(text);
            return flat is null || flat.Values.OrderBy(v => v.Key).SequenceEqual(Yaml(text));
        }, iter: 20_000);
    }

    private static IEnumerable<KeyValuePair<string, string>> Yaml(string text) =>
        MermaidNodeData.ReadYaml(new MermaidToken(MermaidTokenKind.DataBlock, text, 1, 1, false)).Values.OrderBy(v => v.Key);
}
