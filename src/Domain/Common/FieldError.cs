namespace AdviceIntake.Domain.Common;

/// <summary>A rule broken by one input field, in words a person can act on.</summary>
public sealed record FieldError(string Field, string Message);
