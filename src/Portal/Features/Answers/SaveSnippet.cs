using AdviceIntake.Domain.Answers;
using AdviceIntake.Domain.Common;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace AdviceIntake.Portal.Features.Answers;

/// <summary>A supervisor adds a snippet (no id), changes one, or deletes one.</summary>
public sealed class SaveSnippet(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(Guid? id, string? title, string? body, StaffMember supervisor, CancellationToken cancellationToken = default)
    {
        if (!supervisor.IsSupervisor)
        {
            return [new FieldError(string.Empty, "Only a supervisor can change snippets.")];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            if (id is { } existing)
            {
                var snippet = await db.Snippets.FindAsync([existing], cancellationToken);
                if (snippet is null)
                {
                    return [new FieldError(string.Empty, "This snippet has been deleted.")];
                }

                snippet.Change(title, body, supervisor.Id, clock.GetUtcNow());
            }
            else
            {
                db.Snippets.Add(Snippet.Create(title, body, supervisor.Id, clock.GetUtcNow()));
            }
        }
        catch (DomainValidationException e)
        {
            return e.Errors;
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<bool> DeleteAsync(Guid id, StaffMember supervisor, CancellationToken cancellationToken = default)
    {
        if (!supervisor.IsSupervisor)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Snippets.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 1;
    }
}
