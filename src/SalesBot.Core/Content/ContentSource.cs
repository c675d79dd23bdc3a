namespace SalesBot.Core.Content;

/// <summary>The text of one content file and the name errors refer to (e.g. <c>scenarios/cfo-budget-freeze.yaml</c>).</summary>
public sealed record ContentSource(string Name, string Text);
