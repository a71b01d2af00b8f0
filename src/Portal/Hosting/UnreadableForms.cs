using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Components.Endpoints;

namespace AdviceIntake.Portal.Hosting;

/// <summary>
/// A form post to a page that the server cannot read or trust (its token is stale because the page was open a long
/// time, or it holds bytes no browser sends) would get an empty "400". Instead the person is sent back to the same
/// page, which says what happened and asks them to send it again.
/// </summary>
public static class UnreadableForms
{
    public const string QueryKey = "form";
    public const string QueryValue = "unreadable";

    public static IApplicationBuilder UseUnreadableFormsNotice(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // A status page shown for another endpoint's refusal re-runs the request as it came; that is not a form post.
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}?{QueryKey}={QueryValue}");
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            return Task.CompletedTask;
        }

        return next(context);
    });
}
