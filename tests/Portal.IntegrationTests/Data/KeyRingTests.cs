using AdviceIntake.Domain.Questions;
using AdviceIntake.Domain.Risk;
using AdviceIntake.Portal.Data;
using AdviceIntake.Portal.Questions;
using AdviceIntake.Portal.Testing;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace AdviceIntake.Portal.IntegrationTests.Data;

/// <summary>The key ring is never at rest in the clear, and rotating it loses nothing, on each provider.</summary>
public abstract class KeyRingTests(PortalHost host)
{
    private const string Encrypted = "EncryptedXmlDecryptor";

    [Fact]
    public async Task Every_key_is_encrypted_with_the_certificate_where_it_is_stored()
    {
        host.Services.GetRequiredService<QuestionProtector>().Seal(Submission());
        var keys = await StoredKeysAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains(Encrypted, xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Text_sealed_under_an_old_key_still_opens_after_a_new_key_is_made_and_the_new_key_is_encrypted_too()
    {
        var protector = host.Services.GetRequiredService<QuestionProtector>();
        var submission = Submission();
        var before = protector.Seal(submission);
        var keysBefore = (await StoredKeysAsync()).Count;

        host.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        var after = protector.Seal(submission);

        Assert.Equal("Sealed before the rotation.", protector.OpenText(before));
        Assert.Equal("Sealed before the rotation.", protector.OpenText(after));
        var keys = await StoredKeysAsync();
        Assert.Equal(keysBefore + 1, keys.Count);
        Assert.All(keys, xml => Assert.Contains(Encrypted, xml, StringComparison.Ordinal));
    }

    private static QuestionSubmission Submission() => QuestionSubmission.Create(ScreeningAnswers.AllClear, Topic.Family, "Before",
        "Sealed before the rotation.", null, null, null, "Old Key", null, null, false, false);

    private async Task<List<string>> StoredKeysAsync()
    {
        if (host.Provider == DatabaseProvider.PostgreSql)
        {
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(TestContext.Current.CancellationToken);
        }

        return [.. Directory.GetFiles(host.KeysDirectory, "*.xml").Select(File.ReadAllText)];
    }
}

public sealed class SqliteKeyRingTests(SqlitePortal host) : KeyRingTests(host);

public sealed class KeyRingCertificateTests
{
    [Fact]
    public void Outside_development_the_portal_refuses_to_start_without_a_certificate()
    {
        var production = new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() };
        var nothingSet = new ConfigurationBuilder().Build();

        var refused = Assert.Throws<InvalidOperationException>(() => KeyRingCertificate.Load(nothingSet, production, Path.GetTempPath()));

        Assert.Contains(KeyRingCertificate.PathSetting, refused.Message, StringComparison.Ordinal);
    }

}


public sealed class PostgresKeyRingTests(PostgresPortal host) : KeyRingTests(host);
