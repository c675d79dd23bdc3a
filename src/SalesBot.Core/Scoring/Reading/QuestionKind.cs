namespace SalesBot.Core.Scoring.Reading;

/// <summary>What kind of question a sentence asks.</summary>
internal enum QuestionKind
{
    None,
    Exploring,
    Closing,
    CheckIn,
    Rhetorical,

    /// <summary>A question too short or vague to explore anything ("Who signs?", "Prompted?").</summary>
    Thin,
}
