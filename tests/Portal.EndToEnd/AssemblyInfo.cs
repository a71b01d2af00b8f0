using AdviceIntake.Portal.EndToEnd;
using AdviceIntake.Portal.Testing;

[assembly: AssemblyFixture(typeof(SqlitePortal))]
[assembly: AssemblyFixture(typeof(Chromium))]

// One portal and one browser are shared and the database reset per test, so tests take turns.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
