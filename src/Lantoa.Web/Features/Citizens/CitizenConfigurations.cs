using Lantoa.Domain.Citizens;
using Lantoa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lantoa.Web.Features.Citizens;

internal sealed class CitizenConfiguration : IEntityTypeConfiguration<Citizen>
{
    public void Configure(EntityTypeBuilder<Citizen> b)
    {
        b.ToTable("citizens");
        b.Ignore(x => x.IsDeleted);
        b.Ignore(x => x.IsVerified);
        b.PrimitiveCollection(x => x.Consents).HasField("_consents").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Personal data never goes into the (append-only) audit trail: a deleted account must leave nothing behind.
        foreach (var field in new[] { nameof(Citizen.Phone), nameof(Citizen.Email), nameof(Citizen.FullName), nameof(Citizen.BirthDate),
                     nameof(Citizen.ProvinceCode), nameof(Citizen.CommuneCode), nameof(Citizen.WorkplaceUnitId), nameof(Citizen.Workplace),
                     nameof(Citizen.IdCardHash), nameof(Citizen.IdCardLast4) })
            b.Property(field).IsPersonalData();
    }
}

internal sealed class VerificationCodeConfiguration : IEntityTypeConfiguration<VerificationCode>
{
    public void Configure(EntityTypeBuilder<VerificationCode> b)
    {
        b.ToTable("verification_codes");
        b.Property(x => x.CodeHash).IsPersonalData(); // six digits are guessed from their hash in a moment
    }
}
