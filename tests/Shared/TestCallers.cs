using AdviceIntake.Portal.Features.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace AdviceIntake.Portal.Testing;

/// <summary>Staff members as use cases receive them, for tests that act through the use cases directly.</summary>
public static class TestCallers
{
    /// <summary>An Admin; by default one that set the test up and has no account of its own.</summary>
    public static StaffMember Admin(string id = "test-setup") => new(id, "Test Admin", IsSupervisor: true, IsAdmin: true);

    /// <summary>A staff account with a licensed profile, made through the real use case, as the use cases will see it.</summary>
    public static async Task<StaffMember> CreateAsync(IServiceProvider services, string email, string name, string role)
    {
        var created = await services.GetRequiredService<CreateStaffAccount>().HandleAsync(Admin(), new(email, "correct horse battery", [role],
            new ProfileInput(name, "LMFT", "Therapist in Ohio", "OH", new DateOnly(2030, 1, 1))));
        return new StaffMember(created.UserId!, name, role == StaffRoles.Supervisor);
    }
}
