using AdviceIntake.Domain.Letters;
using AdviceIntake.Portal.Documents;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.Net.Http.Headers;

namespace AdviceIntake.Portal.Features.Answers;

public static class AnswerEndpoints
{
    /// <summary>Where staff open a case's letter or sheet; the PDF opens in the browser's own viewer, ready to print.</summary>
    public static string DocumentPath(Guid questionId, DocumentKind kind) =>
        $"/staff/questions/{questionId}/documents/{(kind == DocumentKind.Letter ? "letter" : "referral-sheet")}";

    public static IEndpointRouteBuilder MapAnswerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/staff/questions/{id:guid}/documents/{kind}", async (Guid id, string kind, HttpContext context, OpenDocument open) =>
        {
            DocumentKind? which = kind switch
            {
                "letter" => DocumentKind.Letter,
                "referral-sheet" => DocumentKind.ReferralSheet,
                _ => null,
            };
            if (which is null || await open.HandleAsync(id, which.Value, StaffMember.From(context.User), context.RequestAborted) is not { } file)
            {
                return Results.NotFound();
            }

            context.Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("inline") { FileName = file.FileName }.ToString();
            return Results.Bytes(file.Pdf, LetterDocuments.ContentType);
        }).RequireAuthorization(StaffPolicies.Staff);
        return endpoints;
    }
}
