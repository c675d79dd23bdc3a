namespace SalesBot.Host.Storage.Admin;

/// <summary>The answer to an admin delete: documents deleted, playbook entries kept without the user's identity.</summary>
internal sealed record ErasureResponse(int Deleted, int Anonymised);
