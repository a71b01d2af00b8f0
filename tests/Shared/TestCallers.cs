using AdviceIntake.Portal.Features.Staff;

namespace AdviceIntake.Portal.Testing;

/// <summary>Staff members as use cases receive them, for tests that act through the use cases directly.</summary>
public static class TestCallers
{
    /// <summary>An Admin; by default one that set the test up and has no account of its own.</summary>
    public static StaffMember Admin(string id = "test-setup") => new(id, "Test Admin", IsSupervisor: true, IsAdmin: true);
}
