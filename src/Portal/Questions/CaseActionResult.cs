using AdviceIntake.Domain.Common;

namespace AdviceIntake.Portal.Questions;

/// <summary>
/// How a change to a case went: done, or what stood in the way, per field where a person can correct it
/// (an empty field names the case as a whole). Nothing is ever half changed.
/// </summary>
public sealed record CaseActionResult(IReadOnlyList<FieldError> Errors)
{
    public static readonly CaseActionResult Done = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static CaseActionResult Refused(string message) => new([new FieldError(string.Empty, message)]);
}
