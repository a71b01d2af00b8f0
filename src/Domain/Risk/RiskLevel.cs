namespace AdviceIntake.Domain.Risk;

/// <summary>How urgently a question needs a person. Higher values are more urgent.</summary>
public enum RiskLevel
{
    Routine = 0,
    Elevated = 1,
    High = 2,
    Crisis = 3,
}
