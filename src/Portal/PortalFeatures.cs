using AdviceIntake.Portal.Email;
using AdviceIntake.Portal.Features.Answers;
using AdviceIntake.Portal.Features.Audit;
using AdviceIntake.Portal.Features.BackgroundWork;
using AdviceIntake.Portal.Features.Escalations;
using AdviceIntake.Portal.Features.FollowUps;
using AdviceIntake.Portal.Features.Home;
using AdviceIntake.Portal.Features.Intake;
using AdviceIntake.Portal.Features.Publishing;
using AdviceIntake.Portal.Features.Referrals;
using AdviceIntake.Portal.Features.Reminders;
using AdviceIntake.Portal.Features.Retention;
using AdviceIntake.Portal.Features.Staff;
using AdviceIntake.Portal.Features.Status;
using AdviceIntake.Portal.Features.Triage;
using AdviceIntake.Portal.Jobs;
using AdviceIntake.Portal.Questions;

namespace AdviceIntake.Portal;

public static class PortalFeatures
{
    /// <summary>Every feature's use cases and jobs: the portal's host and the tests' service collections add the same.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services) => services
        .AddQuestions()
        .AddHome()
        .AddAudit()
        .AddStaff()
        .AddReferrals()
        .AddIntake()
        .AddTriage()
        .AddAnswers()
        .AddEmail()
        .AddFollowUps()
        .AddEscalations()
        .AddReminders()
        .AddBackgroundWork()
        .AddRetention()
        .AddPublishing()
        .AddJobs();
}
