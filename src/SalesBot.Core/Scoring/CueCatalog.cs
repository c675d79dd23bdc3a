using SalesBot.Core.Scoring.Blockers;
using SalesBot.Core.Scoring.Reading;
using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>Every general cue set and every act's trigger, scanned together in one pass per answer.</summary>
internal static class CueCatalog
{
    public static readonly CueIndex Index = new(
    [
        Lexicon.AckMarkers, Lexicon.AckOpeners, Lexicon.ParaphraseMarkers, Lexicon.FormulaAcks, Lexicon.DefensiveOpeners, Lexicon.Negators,
        Lexicon.QuestionOpeners, Lexicon.CheckIns, Lexicon.CheckInTags, Lexicon.RhetoricalQuestions, Lexicon.Proposals, Lexicon.NextStepObjects,
        Lexicon.TimeCues, Lexicon.Today, Lexicon.Passive, Lexicon.Outcomes, Lexicon.Proof, Lexicon.Credentials, Lexicon.Artefacts, Lexicon.Hype,
        Lexicon.ProductClaims, Lexicon.Agenda, Lexicon.Implication, Lexicon.VendorBrag,
        .. QuestionLexicon.All,
        .. ShapeLexicon.All,
        SentenceForm.FunctionWords,
        ArguingAct.Cues,
        .. BlockerActs.All.Select(a => a.Trigger),
    ]);
}
