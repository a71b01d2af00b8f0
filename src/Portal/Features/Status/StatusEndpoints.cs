using AdviceIntake.Portal.Documents;
using Microsoft.Net.Http.Headers;

namespace AdviceIntake.Portal.Features.Status;

public static class StatusEndpoints
{
    public static IEndpointRouteBuilder MapStatusEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/status/documents/{token}", async (string token, HttpContext context, DocumentLinks links, DownloadDocument download) =>
        {
            if (links.Open(token, context) is not var (questionId, kind)
                || await download.HandleAsync(questionId, kind, context.RequestAborted) is not { } file)
            {
                // Expired, forged and foreign links look alike: the page says how to get a fresh one.
                return Results.Redirect("/status?expired=1");
            }

            context.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileName = file.FileName }.ToString();
            return Results.Bytes(file.Pdf, LetterDocuments.ContentType);
        });
        return endpoints;
    }
}
