using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>
/// What one page of the form posted, as typed. Every value stays a string until it is applied to the draft, so a
/// page with a problem shows back exactly what the person entered, and a forged value is simply no answer.
/// </summary>
public sealed class IntakeForm
{
    public const string Yes = "yes";
    public const string No = "no";

    private static readonly Dictionary<string, string[]> FieldsByStep = new()
    {
        [IntakeSteps.Safety] = [nameof(IntakeDraft.InDangerNow), nameof(IntakeDraft.ThoughtsOfSelfHarm), nameof(IntakeDraft.HarmFrom), nameof(IntakeDraft.ChildBeingHurt)],
        [IntakeSteps.Topic] = [nameof(IntakeDraft.Topic)],
        [IntakeSteps.Question] = [nameof(IntakeDraft.Title), nameof(IntakeDraft.Text)],
        [IntakeSteps.AboutYou] = [nameof(IntakeDraft.AgeRange), nameof(IntakeDraft.State), nameof(IntakeDraft.Language)],
        [IntakeSteps.SigningOff] =
        [
            nameof(IntakeDraft.PenName), nameof(IntakeDraft.Email), nameof(IntakeDraft.EmailIsSafe), nameof(IntakeDraft.WantsLetterByEmail),
            nameof(IntakeDraft.ConsentsToFollowUp), nameof(IntakeDraft.ConsentsToPublication),
        ],
    };

    private readonly Dictionary<string, string?> values;

    private IntakeForm(Dictionary<string, string?> values) => this.values = values;

    public string? this[string field] => values.GetValueOrDefault(field);

    /// <summary>Whether the page at this step asks anything (the help-now and check pages do not).</summary>
    public static bool HasFields(string step) => FieldsByStep.ContainsKey(step);

    public static IntakeForm Read(IFormCollection form, string step)
    {
        var values = new Dictionary<string, string?>();
        foreach (var field in FieldsByStep.GetValueOrDefault(step) ?? [])
        {
            // Browsers send a text area's line breaks as CR LF; one break is one character to the person and to the rules.
            values[field] = form.TryGetValue(field, out var posted) ? posted.ToString().ReplaceLineEndings("\n") : null;
        }

        return new IntakeForm(values);
    }

    public static IntakeForm From(IntakeDraft draft) => new(new Dictionary<string, string?>
    {
        [nameof(IntakeDraft.InDangerNow)] = YesNo(draft.InDangerNow),
        [nameof(IntakeDraft.ThoughtsOfSelfHarm)] = YesNo(draft.ThoughtsOfSelfHarm),
        [nameof(IntakeDraft.HarmFrom)] = draft.HarmFrom?.ToString(),
        [nameof(IntakeDraft.ChildBeingHurt)] = YesNo(draft.ChildBeingHurt),
        [nameof(IntakeDraft.Topic)] = draft.Topic?.ToString(),
        [nameof(IntakeDraft.Title)] = draft.Title,
        [nameof(IntakeDraft.Text)] = draft.Text,
        [nameof(IntakeDraft.AgeRange)] = draft.AgeRange?.ToString(),
        [nameof(IntakeDraft.State)] = draft.State,
        [nameof(IntakeDraft.Language)] = draft.Language,
        [nameof(IntakeDraft.PenName)] = draft.PenName,
        [nameof(IntakeDraft.Email)] = draft.Email,
        [nameof(IntakeDraft.EmailIsSafe)] = YesNo(draft.EmailIsSafe),
        [nameof(IntakeDraft.WantsLetterByEmail)] = YesNo(draft.WantsLetterByEmail),
        [nameof(IntakeDraft.ConsentsToFollowUp)] = YesNo(draft.ConsentsToFollowUp),
        [nameof(IntakeDraft.ConsentsToPublication)] = YesNo(draft.ConsentsToPublication),
    });

    /// <summary>Copies this page's answers into the draft; answers from other pages are left as they were.</summary>
    public void ApplyTo(IntakeDraft draft, string step)
    {
        switch (step)
        {
            case IntakeSteps.Safety:
                draft.InDangerNow = Bool(nameof(IntakeDraft.InDangerNow));
                draft.ThoughtsOfSelfHarm = Bool(nameof(IntakeDraft.ThoughtsOfSelfHarm));
                draft.HarmFrom = Choice<HarmFrom>(nameof(IntakeDraft.HarmFrom));
                draft.ChildBeingHurt = Bool(nameof(IntakeDraft.ChildBeingHurt));
                break;
            case IntakeSteps.Topic:
                draft.Topic = Choice<Topic>(nameof(IntakeDraft.Topic));
                break;
            case IntakeSteps.Question:
                draft.Title = Text(nameof(IntakeDraft.Title));
                draft.Text = Text(nameof(IntakeDraft.Text));
                break;
            case IntakeSteps.AboutYou:
                draft.AgeRange = Choice<AgeRange>(nameof(IntakeDraft.AgeRange));
                draft.State = Text(nameof(IntakeDraft.State));
                draft.Language = Text(nameof(IntakeDraft.Language));
                break;
            case IntakeSteps.SigningOff:
                draft.PenName = Text(nameof(IntakeDraft.PenName));
                draft.Email = Text(nameof(IntakeDraft.Email));
                draft.EmailIsSafe = string.IsNullOrWhiteSpace(draft.Email) ? null : Bool(nameof(IntakeDraft.EmailIsSafe));
                draft.WantsLetterByEmail = draft.EmailIsSafe == true && Bool(nameof(IntakeDraft.WantsLetterByEmail)) == true;
                // Check-ins come by email: without a safe address there is nothing to agree to.
                draft.ConsentsToFollowUp = draft.EmailIsSafe == true && Bool(nameof(IntakeDraft.ConsentsToFollowUp)) == true;
                draft.ConsentsToPublication = Bool(nameof(IntakeDraft.ConsentsToPublication)) == true;
                break;
        }
    }

    private static string? YesNo(bool? value) => value switch { true => Yes, false => No, null => null };

    private bool? Bool(string field) => this[field] switch { Yes => true, No => false, _ => null };

    private string? Text(string field) => string.IsNullOrEmpty(this[field]) ? null : this[field];

    private T? Choice<T>(string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(this[field], ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(this[field], out _) ? value : null;
}
