using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lantoa.Web.Infrastructure.Api;

/// <summary>
/// The OpenAPI document at `/openapi/v1.json` (Microsoft.AspNetCore.OpenApi), anonymous: Vietnamese title and
/// description, the bearer security scheme (required by every operation that needs a token), and on every /api/v1
/// operation the ProblemDetails responses it may give. Only /api/v1 endpoints are in it.
/// </summary>
public static class ApiOpenApi
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    public static void Add(IServiceCollection services) => services.AddOpenApi("v1", o =>
    {
        o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.OrdinalIgnoreCase) == true;
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Lantoa — API cho ứng dụng của tỉnh",
                Version = "v1",
                Description = "API JSON của Lantoa dành cho ứng dụng công dân của tỉnh và cán bộ. Lỗi trả về dạng ProblemDetails "
                    + "(application/problem+json) với thông báo tiếng Việt; ngày viết YYYY-MM-DD. Đăng nhập: POST /api/v1/auth/token "
                    + "rồi gửi tiêu đề Authorization: Bearer <mã truy cập>. Xem thêm docs/api.md.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[ApiAudiences.BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "Mã truy cập lấy từ POST /api/v1/auth/token (hiệu lực mặc định 8 giờ).",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            if (!document.Components.Schemas.ContainsKey("ProblemDetails"))
                document.Components.Schemas["ProblemDetails"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                        ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                        ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null },
                        ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                        ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    },
                };
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var needsToken = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
                             && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            operation.Responses ??= new OpenApiResponses();
            if (needsToken)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(ApiAudiences.BearerScheme, context.Document)] = [],
                });
                Problem(operation, 401, context.Document);
                Problem(operation, 403, context.Document);
            }
            Problem(operation, 400, context.Document);
            Problem(operation, 500, context.Document);
            if (operation.Responses.ContainsKey("429")) AddRetryAfter(operation.Responses["429"]);
            foreach (var (code, response) in operation.Responses)
                if (code.StartsWith('4') || code.StartsWith('5')) response.Description = ApiProblems.Title(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        });
    });

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapOpenApi(DocumentPath).AllowAnonymous();

    private static void Problem(OpenApiOperation operation, int status, OpenApiDocument? document)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key)) return;
        operation.Responses[key] = new OpenApiResponse
        {
            Description = ApiProblems.Title(status),
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ApiProblems.ContentType] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchemaReference("ProblemDetails", document),
                },
            },
        };
    }

    private static void AddRetryAfter(IOpenApiResponse response)
    {
        if (response is not OpenApiResponse concrete) return;
        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Số giây cần chờ trước khi thử lại.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer },
        };
    }
}
