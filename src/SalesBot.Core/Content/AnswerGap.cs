namespace SalesBot.Core.Content;

/// <summary>
/// What an answer failed to do, as the buyer hears it: the key of a persona's reactions (<c>reactions:</c> in
/// personas.yaml) and of a step's own reactions. Each must only be said of an answer that really has that gap.
/// </summary>
public enum AnswerGap
{
    /// <summary>Answered or pitched without asking anything about the buyer.</summary>
    Pitched,

    /// <summary>Went past what the buyer said without acknowledging it.</summary>
    Unheard,

    /// <summary>No figure of any kind: the buyer can ask for one.</summary>
    NoNumber,

    /// <summary>A claim, a credential or a figure without the evidence that would make it believable.</summary>
    Unproven,

    /// <summary>Nothing about what changes for the buyer.</summary>
    NoValue,

    /// <summary>No next step proposed.</summary>
    NoStep,

    /// <summary>Nothing about this buyer's company, numbers or people.</summary>
    Generic,

    /// <summary>Too long to read in a chat.</summary>
    Rambling,
}
