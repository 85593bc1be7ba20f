using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Lantoa.Web.Infrastructure.Auth;

using Files = Lantoa.Web.Infrastructure.Files;

/// <summary>
/// The AES-256 key that encrypts the cookie keys (ASP.NET Core Data Protection's key ring) at rest: a file of 32 random
/// bytes, LANTOA_DATA/keys/key-encryption.key, 0600 in a 0700 folder of Lantoa's user — out of reach of the database
/// and its account. Created on first use.
/// </summary>
public sealed class KeyEncryptionKey
{
    public const string FileName = "key-encryption.key";

    private KeyEncryptionKey(byte[] key) => Key = key;

    internal byte[] Key { get; }

    public static KeyEncryptionKey LoadOrCreate(string keysDirectory)
    {
        Directory.CreateDirectory(keysDirectory);
        Files.UnixModes.Set(keysDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = Path.Combine(keysDirectory, FileName);
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, Files.UnixModes.CreatePrivate(FileMode.CreateNew));
                stream.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made it first: use theirs.
            }
        }
        var key = File.ReadAllBytes(path);
        if (key.Length != 32) throw new InvalidOperationException($"Khóa mã hóa {path} hỏng (phải đúng 32 byte).");
        return new KeyEncryptionKey(key);
    }
}

/// <summary>Encrypts each Data Protection key with AES-256-GCM under <see cref="KeyEncryptionKey"/>.</summary>
public sealed class AesGcmXmlEncryptor(KeyEncryptionKey kek) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(kek.Key, 16)) aes.Encrypt(nonce, plain, cipher, tag);
        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement("encryptedKey",
            new XComment(" AES-256-GCM, key in " + KeyEncryptionKey.FileName + " "),
            new XElement("value", Convert.ToBase64String([.. nonce, .. tag, .. cipher])));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }
}

/// <summary>Decrypts what <see cref="AesGcmXmlEncryptor"/> wrote; Data Protection creates it with the service provider.</summary>
public sealed class AesGcmXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var kek = services.GetRequiredService<KeyEncryptionKey>();
        var blob = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? throw new CryptographicException("encryptedKey without value"));
        var nonce = blob.AsSpan(0, 12);
        var tag = blob.AsSpan(12, 16);
        var cipher = blob.AsSpan(28);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(kek.Key, 16)) aes.Decrypt(nonce, cipher, tag, plain);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
