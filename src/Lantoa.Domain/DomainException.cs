namespace Lantoa.Domain;

/// <summary>
/// A business rule was broken by the input. The message is Vietnamese and meant for the user; the web layer shows it
/// with a 4xx status. It derives from <see cref="ArgumentException"/> so that parsing helpers can treat it as bad input.
/// </summary>
public sealed class DomainException(string message) : ArgumentException(message);
