using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

/// <summary>How many drafts each client has started lately: each is a row in the database that anyone can make.</summary>
public sealed class DraftLimiter(IOptions<IntakeOptions> options)
    : ClientRateLimit(options.Value.DraftsPerClient, options.Value.SubmissionWindow, segments: 6);
