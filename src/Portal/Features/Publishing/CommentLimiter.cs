using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Publishing;

/// <summary>How many comments each client has sent lately: a bot that ignores the honeypot still meets this.</summary>
public sealed class CommentLimiter(IOptions<PublishingOptions> options)
    : ClientRateLimit(options.Value.CommentsPerClient, options.Value.CommentWindow, segments: 5);
