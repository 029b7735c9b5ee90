namespace TeamGraph.Core.Cards;

/// <summary>Which list of the Responsibilities section an item came from.</summary>
public enum ResponsibilityKind
{
    /// <summary>Primary Duties.</summary>
    Primary,

    /// <summary>Secondary Duties.</summary>
    Secondary,

    /// <summary>NOT Responsible For (❌ items).</summary>
    NotResponsible,
}
