namespace Lantoa.Domain.Tests;

/// <summary>Entities keep their Id private (the database assigns it); tests that need one "as if saved" set it here, by reflection.</summary>
internal static class TestEntities
{
    public static T WithId<T>(this T entity, int id) where T : class
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
