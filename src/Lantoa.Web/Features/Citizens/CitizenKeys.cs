using System.Security.Cryptography;
using System.Text;
using Lantoa.Web.Infrastructure.Auth;

namespace Lantoa.Web.Features.Citizens;

/// <summary>
/// The server keys of the module, each derived (HKDF-SHA256) for one purpose from LANTOA_CITIZEN_KEY when set, else from
/// the key-encryption key in LANTOA_DATA/keys (so backups keep CCCD hashes comparable), else — no data folder, as in
/// tests — from random bytes held in memory.
/// </summary>
public sealed class CitizenKeys
{
    private readonly byte[] _root;

    public CitizenKeys(CitizenSettings settings, IServiceProvider services)
    {
        if (settings.Key is { Length: > 0 } raw)
        {
            var bytes = Convert.FromBase64String(raw);
            if (bytes.Length < 32) throw new ArgumentException("LANTOA_CITIZEN_KEY phải dài ít nhất 32 byte (base64).");
            _root = bytes;
        }
        else _root = services.GetService<KeyEncryptionKey>()?.Key ?? RandomNumberGenerator.GetBytes(32);
        IdCard = Derive("Lantoa.Citizens.IdCard");
        Challenge = Derive("Lantoa.Citizens.Challenge");
    }

    /// <summary>Key of the CCCD hashes.</summary>
    public byte[] IdCard { get; }

    /// <summary>Key that signs proof-of-work challenges.</summary>
    public byte[] Challenge { get; }

    private byte[] Derive(string purpose) => HKDF.DeriveKey(HashAlgorithmName.SHA256, _root, 32, info: Encoding.ASCII.GetBytes(purpose));
}
