using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AdviceIntake.Portal.Hosting;

namespace AdviceIntake.Portal.Data;

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest, so that a copy of the database or the data
/// folder alone neither opens sealed questions nor forges sign-in cookies. Outside Development it comes from
/// configuration (a PFX file and its password, kept apart from the data); in Development and the test host one is
/// made on first run under the data folder.
/// </summary>
public static class KeyRingCertificate
{
    public const string PathSetting = "DataProtection:CertificatePath";
    public const string PasswordSetting = "DataProtection:CertificatePassword";
    public const string GeneratedFileName = "key-ring-certificate.pfx";

    public static X509Certificate2 Load(IConfiguration configuration, IHostEnvironment environment, string dataDirectory)
    {
        var configured = configuration[PathSetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var path = Path.GetFullPath(configured, environment.ContentRootPath);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{PathSetting} names {path}, which does not exist.");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordSetting], X509KeyStorageFlags.EphemeralKeySet);
            return certificate.GetRSAPrivateKey() is not null
                ? certificate
                : throw new InvalidOperationException($"{path} holds no RSA private key: the key ring could be sealed but never opened.");
        }

        if (!environment.IsDevelopmentOrTesting())
        {
            throw new InvalidOperationException(
                $"{PathSetting} is not set. Outside Development the key ring is encrypted with a certificate from " +
                "configuration; README.md, \"Protecting the key ring\", shows how to make one.");
        }

        var generated = Path.Combine(dataDirectory, GeneratedFileName);
        if (!File.Exists(generated))
        {
            Directory.CreateDirectory(dataDirectory);

            // Readable by this user only from its first byte.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(generated, options);
            file.Write(CreateSelfSigned());
        }

        return X509CertificateLoader.LoadPkcs12FromFile(generated, null, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static byte[] CreateSelfSigned()
    {
        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=AdviceIntake key ring (development)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(10));
        return certificate.Export(X509ContentType.Pfx);
    }
}
