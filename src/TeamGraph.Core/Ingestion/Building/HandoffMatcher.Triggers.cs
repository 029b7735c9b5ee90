using TeamGraph.Core.Ingestion.Matching;

namespace TeamGraph.Core.Ingestion.Building;

internal sealed partial class HandoffMatcher
{
    /// <summary>Words that say when, not what: "Estimate ready", «Фича готова», "Deployment complete".</summary>
    private const string MomentWords =
        "ready done complete completed finished passed sent delivered available published created opened closed started merged approved "
        + "готов готова готово готовы завершен завершена завершено завершены закончен закончена выполнен выполнена пройден пройдена "
        + "отправлен отправлена передан передана опубликован опубликована доступен доступна создан создана закрыт закрыта смержен одобрен одобрена согласован согласована";

    /// <summary>
    /// What a Handoff Points row compares by: its words less the moment ("PRD" of "PRD approved"), so that it meets the
    /// Outputs row of its card and the Inputs rows of other cards on what is handed over. A row of moment words only
    /// keeps them all.
    /// </summary>
    private HandoffTerms Subject(HandoffDeclaration declaration, HandoffTerms terms)
    {
        if (declaration.Side != HandoffSide.HandoffPoint)
        {
            return terms;
        }

        var moments = _moments ??= vocabulary.Read(MomentWords);
        var momentMeanings = _momentMeanings ??= moments.Concepts.SelectMany(m => m).ToHashSet(StringComparer.Ordinal);
        var subject = terms with
        {
            Stems = [.. terms.Stems.Where(s => Array.BinarySearch(moments.Stems, s, StringComparer.Ordinal) < 0)],
            Concepts = [.. terms.Concepts.Where(c => !momentMeanings.Overlaps(c))],
            Words = [.. terms.Words.Where(w => Array.BinarySearch(moments.Stems, w[0], StringComparer.Ordinal) < 0)],
        };
        return subject.IsEmpty ? terms : subject;
    }

    /// <summary>The share of a Handoff Points row's subject that an Outputs row must exceed to be the row it is the moment of.</summary>
    private const double MinimumTriggerCoverage = 0.5;

    private const double TriggerWeight = 0.9;

    private HandoffTerms? _moments;

    /// <summary>Every meaning of every moment word: a concept sharing one is a moment.</summary>
    private HashSet<string>? _momentMeanings;

    /// <summary>
    /// A Handoff Points row names the moment a handoff happens. It is attached to the Outputs row of the same card, with
    /// a receiver in common, that names most of its subject (the row less its moment words: "Estimate" of "Estimate
    /// ready", found in «Оценки и технические риски» through the glossary); best cover first, one row each. A row that
    /// attaches nowhere stays a handoff of its own, matched with the other cards like any row.
    /// </summary>
    private void AttachTriggers(List<HandoffDeclaration> declarations, List<HandoffTerms> terms, HandoffClusterSet clusters)
    {
        var outputsByCard = Enumerable.Range(0, declarations.Count)
            .Where(i => declarations[i].Side == HandoffSide.Output)
            .ToLookup(i => declarations[i].DocumentPath, StringComparer.Ordinal);
        var candidates = new List<(int Point, int Output, double Coverage)>();
        for (var point = 0; point < declarations.Count; point++)
        {
            if (declarations[point].Side != HandoffSide.HandoffPoint)
            {
                continue;
            }

            var subject = terms[point];
            var scored = outputsByCard[declarations[point].DocumentPath]
                .Where(output => ShareReceiver(declarations[point], declarations[output]))
                .Select(output => (Output: output, Coverage: HandoffSimilarity.Coverage(subject, terms[output]),
                    SameReceivers: declarations[point].ReceiverIds.SequenceEqual(declarations[output].ReceiverIds)))
                .Where(s => s.Coverage >= MinimumTriggerCoverage)
                .OrderByDescending(s => s.Coverage).ThenByDescending(s => s.SameReceivers)
                .ToList();
            // Two Outputs rows that cover the subject equally well ("Deploy finished": "Hotfix deployments" or
            // "Deployment notifications"?) leave the moment undecided; it stays a row of its own.
            if (scored.Count > 0 && (scored.Count == 1 || scored[1].Coverage < scored[0].Coverage || scored[1].SameReceivers != scored[0].SameReceivers))
            {
                candidates.Add((point, scored[0].Output, scored[0].Coverage));
            }
        }

        var (attachedPoints, attachedOutputs) = (new HashSet<int>(), new HashSet<int>());
        foreach (var (point, output, coverage) in candidates.OrderByDescending(c => c.Coverage).ThenBy(c => c.Point).ThenBy(c => c.Output))
        {
            if (!attachedPoints.Contains(point) && !attachedOutputs.Contains(output)
                && clusters.TryJoin(output, point, new MatchEvidence(MatchMethod.Trigger, TriggerWeight * coverage), allowSharedTable: true))
            {
                attachedPoints.Add(point);
                attachedOutputs.Add(output);
            }
        }
    }
}
