namespace TeamGraph.Core.Ingestion.Markdown;

internal sealed partial class CardReader
{
    private void ReadSection(CardSection section)
    {
        switch (section.Kind)
        {
            case SectionKind.Identity:
                ReadIdentity(section);
                break;
            case SectionKind.TechnicalSkills:
                ReadTechnicalSkills(section);
                break;
            case SectionKind.SoftSkills:
                ReadEntries(section, _softSkills);
                break;
            case SectionKind.DomainKnowledge:
                ReadEntries(section, _domainKnowledge);
                break;
            case SectionKind.Tools:
                ReadTools(section);
                break;
            case SectionKind.Technologies:
                ReadTechnologies(section);
                break;
            case SectionKind.Practices:
                ReadEntries(section, _practices);
                break;
            case SectionKind.Responsibilities:
            case SectionKind.PrimaryDuties:
            case SectionKind.SecondaryDuties:
            case SectionKind.NotResponsible:
                ReadDuties(section);
                break;
            case SectionKind.DecisionsAlone:
                ReadDecisions(section);
                break;
            case SectionKind.Approvals:
                ReadApprovals(section);
                break;
            case SectionKind.Escalations:
                ReadEscalations(section);
                break;
            case SectionKind.Inputs:
                ReadFlows(section, TableSchemas.Inputs, _inputs);
                break;
            case SectionKind.Outputs:
                ReadFlows(section, TableSchemas.Outputs, _outputs);
                break;
            case SectionKind.Artifacts:
                ReadEntries(section, _artifacts);
                break;
            case SectionKind.Communication:
                ReadCommunications(section);
                break;
            case SectionKind.HandoffPoints:
                ReadHandoffPoints(section);
                break;
            case SectionKind.Preferences:
                ReadPreferences(section);
                break;
            case SectionKind.ProblemSolving:
                ReadEntries(section, _problemSolving);
                break;
            case SectionKind.QualityStandards:
                ReadQualityStandards(section);
                break;
            case SectionKind.TypicalPhrases:
                ReadTypicalPhrases(section);
                break;
            case SectionKind.Examples:
            case SectionKind.ExampleTask:
                ReadExamples(section);
                break;
            case SectionKind.Unknown:
                KeepUnknown(section);
                break;
            default:
                // Title, preamble, groups and the plain containers hold nothing of their own beyond links and code.
                break;
        }
    }
}
