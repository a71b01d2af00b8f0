namespace AdviceIntake.Portal.Features.Triage;

/// <summary>How a change to a case went: done, or a sentence saying why not. Nothing is half changed.</summary>
public sealed record CaseActionResult(string? Problem)
{
    public static readonly CaseActionResult Done = new((string?)null);

    public bool Succeeded => Problem is null;
}
