using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Lantoa.Web.Infrastructure.Web;

/// <summary>Vietnamese wording for the framework's own model-binding messages.</summary>
public static class VietnameseModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị \"{value}\" không hợp lệ cho {field}.");
        p.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
        p.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        p.SetUnknownValueIsInvalidAccessor(field => $"Giá trị không hợp lệ cho {field}.");
        p.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        p.SetValueMustBeANumberAccessor(field => $"{field} phải là số.");
        p.SetValueMustNotBeNullAccessor(value => $"Giá trị \"{value}\" không được để trống.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là số.");
    }
}
