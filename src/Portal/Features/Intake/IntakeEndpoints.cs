using AdviceIntake.Portal.Components.Layout;
using AdviceIntake.Portal.Features.Home;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

public static class IntakeEndpoints
{
    public static string AutosavePath(string step) => $"/ask/{step}/draft";

    /// <summary>The most a page of the form may post: 10,000 characters of any script, form-encoded, with room to spare.</summary>
    public const long MaxPostBytes = 1024 * 1024;

    /// <summary>
    /// A post to the form larger than any page of it can be is not read: it is sent back to the page, which asks for it
    /// again, so a flood of huge drafts costs the server nothing.
    /// </summary>
    public static IApplicationBuilder UseIntakeBodyLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/ask"))
        {
            if (context.Request.ContentLength > MaxPostBytes)
            {
                context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}?{UnreadableForms.QueryKey}={UnreadableForms.QueryValue}");
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                return Task.CompletedTask;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxPostBytes;
            }
        }

        return next(context);
    });

    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        // Quick exit works as a plain link: the draft and its cookie go, then the browser leaves for a neutral site.
        app.MapGet(QuickExit.QuickExitPath, async (HttpContext context, IntakeDrafts drafts, IOptions<PublicOptions> options) =>
        {
            await drafts.EraseAsync(context);
            return Results.Redirect(options.Value.QuickExitUrl);
        });

        // The enhancement's save as people type: the page's answers are kept without being checked, so a reload or a
        // lost connection keeps words not yet sent with Continue. The form's antiforgery token is checked.
        app.MapPost("/ask/{step}/draft", async (string step, HttpContext context, IntakeDrafts drafts, IAntiforgery antiforgery) =>
        {
            // The page's script asks for a status, not a page: no "not found" page is rendered in place of it.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            if (!IntakeForm.HasFields(step) || !context.Request.HasFormContentType)
            {
                return Results.NotFound();
            }

            IFormCollection form;
            try
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                form = await context.Request.ReadFormAsync();
            }
            catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
            {
                // Too large, too many fields, or not a form a browser sends: refused, and nothing kept.
                return Results.BadRequest();
            }


            var loaded = await drafts.LoadAsync(context);
            if (loaded.Sent)
            {
                return Results.Conflict();
            }

            IntakeForm.Read(form, step).ApplyTo(loaded.Draft, step);
            return await drafts.SaveAsync(context, loaded.Draft) switch
            {
                IntakeDrafts.Outcome.Kept => Results.NoContent(),
                IntakeDrafts.Outcome.AlreadySent => Results.Conflict(),
                _ => Results.StatusCode(StatusCodes.Status429TooManyRequests),
            };
        });
        return app;
    }
}
