using AdviceIntake.Portal.Testing;

[assembly: AssemblyFixture(typeof(SqlitePortal))]
[assembly: AssemblyFixture(typeof(PostgresPortal))]

// One portal per provider is shared and its database reset per test, so tests take turns.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
