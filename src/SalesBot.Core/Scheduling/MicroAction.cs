namespace SalesBot.Core.Scheduling;

/// <summary>One concrete thing to do this week for a habit, worded for the manager and for a seller.</summary>
public sealed record MicroAction(string ForManager, string ForSeller);
