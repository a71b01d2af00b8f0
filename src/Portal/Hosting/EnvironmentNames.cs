namespace AdviceIntake.Portal.Hosting;

public static class EnvironmentNames
{
    /// <summary>The environment the test hosts run in: like Production, except where a setting says otherwise.</summary>
    public const string Testing = "Testing";

    /// <summary>
    /// Development and the test hosts may run with weaker protections (no second factor, a key-ring certificate made on
    /// first run); every other environment is treated as live.
    /// </summary>
    public static bool IsDevelopmentOrTesting(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);
}
