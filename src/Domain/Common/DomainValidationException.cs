namespace AdviceIntake.Domain.Common;

/// <summary>Raised when values offered to the domain break its rules; carries one message per field.</summary>
public sealed class DomainValidationException : Exception
{
    public DomainValidationException(IReadOnlyList<FieldError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<FieldError> Errors { get; }
}
