namespace SalesBot.Core.Scoring.Blockers;

/// <summary>Where an act was found: the sentence and the tokens [First, End) that triggered it.</summary>
internal readonly record struct ActMatch(int Sentence, int First, int End);
