using Microsoft.AspNetCore.Http.Features;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// A post to a public form larger than the form can ever be is not read: it is sent back to the page, which asks for it
/// again (the unreadable-form notice), so a flood of huge posts costs the server nothing and is never echoed back.
/// </summary>
public static class PublicFormLimits
{
    /// <summary>A page of the question form: 10,000 characters of any script, form-encoded, with room to spare.</summary>
    public const long QuestionFormBytes = 1024 * 1024;

    /// <summary>A comment (2,000 characters) or a status look-up, form-encoded in any script, with room to spare.</summary>
    public const long SmallFormBytes = 64 * 1024;

    public static IApplicationBuilder UsePublicFormLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && LimitFor(context.Request.Path) is { } most)
        {
            if (context.Request.ContentLength > most)
            {
                context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}?{UnreadableForms.QueryKey}={UnreadableForms.QueryValue}");
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                return Task.CompletedTask;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = most;
            }
        }

        return next(context);
    });

    private static long? LimitFor(PathString path) =>
        path.StartsWithSegments("/ask") ? QuestionFormBytes
        : path.StartsWithSegments("/advice") || path.StartsWithSegments("/status") ? SmallFormBytes
        : null;
}
