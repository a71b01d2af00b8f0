namespace AdviceIntake.Domain.Common;

/// <summary>Collects field errors while a value is checked, then throws them together so a form can show them all at once.</summary>
internal sealed class FieldErrors
{
    private readonly List<FieldError> errors = [];

    public void Add(string field, string message) => errors.Add(new FieldError(field, message));

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
