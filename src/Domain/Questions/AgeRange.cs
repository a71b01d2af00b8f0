namespace AdviceIntake.Domain.Questions;

public enum AgeRange
{
    Under18 = 1,
    From18To24 = 2,
    From25To34 = 3,
    From35To44 = 4,
    From45To54 = 5,
    From55To64 = 6,
    From65 = 7,
}

public static class AgeRangeNames
{
    public static string Describe(this AgeRange range) => range switch
    {
        AgeRange.Under18 => "Under 18",
        AgeRange.From18To24 => "18 to 24",
        AgeRange.From25To34 => "25 to 34",
        AgeRange.From35To44 => "35 to 44",
        AgeRange.From45To54 => "45 to 54",
        AgeRange.From55To64 => "55 to 64",
        _ => "65 or over",
    };
}
