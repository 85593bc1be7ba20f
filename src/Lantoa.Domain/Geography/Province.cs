namespace Lantoa.Domain.Geography;

/// <summary>A province that uses Lantoa. Everything that belongs to a province carries its id; users see only theirs.</summary>
public sealed class Province
{
    private Province() { }

    public Province(string code, string name)
    {
        Code = code.Trim();
        Name = name.Trim();
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
}
