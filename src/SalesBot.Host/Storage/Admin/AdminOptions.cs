namespace SalesBot.Host.Storage.Admin;

/// <summary>The admin endpoints (export and delete one user's data). Off unless a key is configured.</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The bearer key the admin endpoints require (at least 32 characters; a secret: environment or a secret store, never a file in the repo). Empty: the endpoints answer 404.</summary>
    public string Key { get; set; } = "";

    public const int MinKeyLength = 32;
}
