namespace AdviceIntake.Domain.Publishing;

public enum ArticleState
{
    /// <summary>Being edited; nobody outside the staff sees it.</summary>
    Draft = 1,

    /// <summary>A supervisor approved it and it is at /advice/{slug}.</summary>
    Published = 2,

    /// <summary>Taken down by a supervisor; it may be edited and published again.</summary>
    Unpublished = 3,

    /// <summary>The person withdrew their consent: down for good.</summary>
    Withdrawn = 4,
}
