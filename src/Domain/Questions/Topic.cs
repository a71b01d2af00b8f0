namespace AdviceIntake.Domain.Questions;

public enum Topic
{
    CouplesAndMarriage = 1,
    Family = 2,
    Parenting = 3,
    Depression = 4,
    Anxiety = 5,
    GriefAndLoss = 6,
    TraumaAndAbuse = 7,
    Addiction = 8,
    Identity = 9,
    WorkAndSchool = 10,
    SomethingElse = 11,
}

public static class TopicNames
{
    public static string Describe(this Topic topic) => topic switch
    {
        Topic.CouplesAndMarriage => "Couples and marriage",
        Topic.Family => "Family",
        Topic.Parenting => "Parenting",
        Topic.Depression => "Depression",
        Topic.Anxiety => "Anxiety",
        Topic.GriefAndLoss => "Grief and loss",
        Topic.TraumaAndAbuse => "Trauma and abuse",
        Topic.Addiction => "Addiction",
        Topic.Identity => "Identity",
        Topic.WorkAndSchool => "Work and school",
        _ => "Something else",
    };
}
