namespace SalesBot.Core.Scoring.Reading;

/// <summary>
/// The overall move an answer makes. Most strong answers handle the objection (acknowledge, explore, respond with
/// evidence, propose a step); some excellent ones diagnose instead: one sharp question, or a short story that leads into a
/// question. The rubric credits each shape for what it does.
/// </summary>
internal enum AnswerShape
{
    Handling,
    SharpQuestion,
    StoryQuestion,
}
