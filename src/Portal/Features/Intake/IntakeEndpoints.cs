using AdviceIntake.Portal.Components.Layout;
using AdviceIntake.Portal.Features.Home;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using AdviceIntake.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace AdviceIntake.Portal.Features.Intake;

public static class IntakeEndpoints
{
    public static string AutosavePath(string step) => $"/ask/{step}/draft";

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
