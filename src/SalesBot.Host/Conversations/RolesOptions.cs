namespace SalesBot.Host.Conversations;

/// <summary>Who is a manager. Entries are <c>channel:userId</c> (any tenant) or <c>channel:tenant:userId</c>.</summary>
internal sealed class RolesOptions
{
    public const string SectionName = "Roles";

    public IList<string> Managers { get; } = [];
}
