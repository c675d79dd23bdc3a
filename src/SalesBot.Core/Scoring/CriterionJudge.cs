using SalesBot.Core.Text;

namespace SalesBot.Core.Scoring;

/// <summary>Judges each criterion from the sentence features.</summary>
internal sealed class CriterionJudge(AnalyzedText text, SentenceFeatures[] features, ScoringContext context, CompiledCategory? category, BuyerFacts buyer)
{
    private static readonly HashSet<string> GenericYour = new(StringComparer.Ordinal)
    {
        "concern", "concerns", "question", "questions", "point", "time", "feedback", "situation", "perspective", "position", "side",
        "shoes", "mind", "thoughts", "take", "view", "call", "business", "company", "needs", "money", "budget", "price", "decision",
        "interest", "patience", "honesty", "frustration", "worry", "way", "end", "own", "convenience", "inbox", "email",
    };

    private readonly IReadOnlyList<Token> _tokens = text.Tokens;

    public (CriterionStatus Status, string Reason, IReadOnlyList<string> Evidence, string BetterLine) Evaluate(string id) => id switch
    {
        Rubric.Acknowledge => Acknowledge(),
        Rubric.Explore => context.Profile == RubricProfile.Discovery ? ExploreDiscovery() : Explore(),
        Rubric.Value => Value(),
        Rubric.Method => Method(),
        Rubric.Tailor => Tailor(),
        Rubric.Control => context.Profile == RubricProfile.Discovery ? Agenda() : Control(),
        Rubric.Concise => Concise(),
        Rubric.Listen => Listen(),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown criterion."),
    };

    public List<Penalty> Penalties()
    {
        var penalties = new List<Penalty>();
        var hype = features.Select((f, i) => (f, i)).Where(x => x.f.Hype).Select(x => text.Sentences[x.i].Text).ToList();
        if (hype.Count > 0)
        {
            penalties.Add(new Penalty("hype", "Hype without evidence (\"best\", \"#1\", \"game-changer\") costs credibility", Math.Min(2, hype.Count) * 5, AnswerScorer.Quote(hype[0])));
        }

        return penalties;
    }

    public List<BlockerHit> Blockers(IReadOnlyList<CriterionResult> criteria)
    {
        var hits = new List<BlockerHit>();
        if (category is not null)
        {
            foreach (var (blocker, cues) in category.Blockers)
            {
                var excused = blocker.Unless.Any(id => criteria.Any(c => c.Id == id && c.Status == CriterionStatus.Met));
                if (!excused && FindUnnegated(cues) is { } sentence)
                {
                    hits.Add(new BlockerHit(blocker.Id, blocker.Description, AnswerScorer.Quote(sentence.Text), blocker.BetterLine));
                }
            }
        }

        if (FindUnnegated(Lexicon.Pressure) is { } pressure && hits.All(h => h.Id != "pressure-tactics"))
        {
            hits.Add(new BlockerHit(
                "pressure",
                "Pressured the buyer (fake urgency or pushing for a signature) instead of earning the next step",
                AnswerScorer.Quote(pressure.Text),
                Better(Rubric.Control)));
        }

        if (hits.Count == 0 && FindUnnegated(Lexicon.Concessions) is { } concession)
        {
            hits.Add(new BlockerHit(
                "concession",
                "Offered a discount or freebie to get past the objection instead of handling it",
                AnswerScorer.Quote(concession.Text),
                Better(Rubric.Explore)));
        }

        if (FindUnnegated(Lexicon.Arguing) is { } arguing)
        {
            hits.Add(new BlockerHit(
                "arguing",
                "Argued with or dismissed the buyer",
                AnswerScorer.Quote(arguing.Text),
                Better(Rubric.Acknowledge)));
        }

        return hits;
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Acknowledge()
    {
        var better = Better(Rubric.Acknowledge);
        if (text.Sentences.Count == 0)
        {
            return (CriterionStatus.Missed, "No answer to score.", [], better);
        }

        var window = Math.Min(2, text.Sentences.Count);
        var arguing = Enumerable.Range(0, window).Any(i => AnyIn(Lexicon.Arguing, i));
        if (arguing)
        {
            return (CriterionStatus.Missed, "You argued with the buyer instead of acknowledging the concern.", [text.Sentences[0].Text], better);
        }

        for (var i = 0; i < window; i++)
        {
            var f = features[i];
            if (!(f.Ack || f.Paraphrase))
            {
                continue;
            }

            var sentence = text.Sentences[i].Text;
            var next = i + 1 < window ? features[i + 1] : null;
            var formulaChain = f.Formula || (next?.Formula ?? false);
            var specific = f.Specific || (next is { Specific: true, ProductClaim: false } && !next.Formula);
            if (specific && !(f.Formula && !f.Specific))
            {
                return (CriterionStatus.Met, "You acknowledged their specific concern in their terms.", [sentence], better);
            }

            if (formulaChain)
            {
                return f.Specific || (next?.Specific ?? false)
                    ? (CriterionStatus.Partly, "Feel-felt-found is a formula: say their concern back in their words instead.", [sentence], better)
                    : (CriterionStatus.Missed, "A formula (\"I understand how you feel\") isn't acknowledgement: name what they actually said.", [sentence], better);
            }

            return (CriterionStatus.Partly, "You acknowledged them, but not their specific concern: name it in their words.", [sentence], better);
        }

        if (!features[0].Defensive && !features[0].IsExploring && features[0].Specific && !features[0].ProductClaim)
        {
            return (CriterionStatus.Partly, "You referred to their concern but didn't acknowledge it before answering.", [text.Sentences[0].Text], better);
        }

        var later = Enumerable.Range(window, text.Sentences.Count - window).FirstOrDefault(i => (features[i].Ack || features[i].Paraphrase) && features[i].Specific, -1);
        if (later >= 0)
        {
            return (CriterionStatus.Partly, "You acknowledged the concern, but only after answering it: lead with it.", [text.Sentences[later].Text], better);
        }

        return features[0].Defensive
            ? (CriterionStatus.Missed, "You opened defensively instead of acknowledging the concern.", [text.Sentences[0].Text], better)
            : (CriterionStatus.Missed, "No acknowledgement: you went straight to your answer.", [], better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Explore()
    {
        var better = Better(Rubric.Explore);
        var exploring = Indexes(f => f.IsExploring);
        var pitch = Array.FindIndex(features, f => f.IsPitch && !f.IsExploring);
        if (exploring.Count == 0)
        {
            var checkIn = Array.FindIndex(features, f => f.Question is QuestionKind.CheckIn or QuestionKind.Rhetorical);
            return checkIn >= 0
                ? (CriterionStatus.Missed, "That question checks in or pushes; it doesn't explore their concern. Ask what's behind it.", [text.Sentences[checkIn].Text], better)
                : (CriterionStatus.Missed, "No clarifying question: you answered before you understood the objection.", [], better);
        }

        var first = exploring[0];
        var evidence = exploring.Take(2).Select(i => text.Sentences[i].Text).ToList();
        if (pitch < 0 || first <= pitch || exploring.Count >= 2)
        {
            return (CriterionStatus.Met, exploring.Count >= 2 ? "You explored with questions." : "You asked a clarifying question before answering.", evidence, better);
        }

        return (CriterionStatus.Partly, "You asked a question, but only after pitching: ask first, then answer.", evidence, better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) ExploreDiscovery()
    {
        var better = Better(Rubric.Explore);
        var exploring = Indexes(f => f.IsExploring);
        var evidence = exploring.Take(2).Select(i => text.Sentences[i].Text).ToList();
        if (exploring.Count >= 2 || exploring.Any(i => features[i].Implication))
        {
            return (CriterionStatus.Met, "You asked questions that dig into their situation.", evidence, better);
        }

        return exploring.Count == 1
            ? (CriterionStatus.Partly, "One question is a start; ask about impact too (\"what does that cost you?\").", evidence, better)
            : (CriterionStatus.Missed, "No discovery question: find out about their situation before you say anything about yours.", [], better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Listen()
    {
        var better = "Before I show you anything: what prompted you to take this call, and what would make it worth your fifteen minutes?";
        var exploring = Array.FindIndex(features, f => f.IsExploring);
        var pitches = Indexes(f => f.IsPitch && !f.IsExploring);
        if (exploring < 0)
        {
            return (CriterionStatus.Missed, "You pitched without asking anything.", pitches.Take(1).Select(i => text.Sentences[i].Text).ToList(), better);
        }

        var before = pitches.Count(i => i < exploring);
        if (before == 0 && pitches.Count <= 1)
        {
            return (CriterionStatus.Met, "You asked before you pitched.", [text.Sentences[exploring].Text], better);
        }

        return (CriterionStatus.Partly, "You pitched before (or more than) you asked: lead with the questions.", pitches.Take(1).Select(i => text.Sentences[i].Text).ToList(), better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Value()
    {
        var better = Better(Rubric.Value);

        // Evidence is an outcome for a buyer with a number or a customer behind it, not a feature list or a brag.
        bool Usable(SentenceFeatures f) => !f.IsExploring && !f.Brag && !f.FeatureList && f.Question != QuestionKind.Closing;
        var strong = Indexes(f => Usable(f) && ((f.Outcome && (f.Number || f.NamedProof)) || (f.Proof && f.Number)));
        var outcome = Indexes(f => Usable(f) && f.Outcome);
        var proof = Indexes(f => Usable(f) && f.Proof);
        var number = Indexes(f => Usable(f) && f.Number && !f.ProductClaim);
        if (strong.Count > 0 || (outcome.Count > 0 && proof.Count > 0 && number.Count > 0))
        {
            var evidence = strong.Concat(proof).Concat(number).Distinct().Take(2).Select(i => text.Sentences[i].Text).ToList();
            return (CriterionStatus.Met, "You backed the value with evidence.", evidence, better);
        }

        var brag = Array.FindIndex(features, f => f.Brag || f.FeatureList);
        if (outcome.Count > 0 || proof.Count > 0 || number.Count > 0)
        {
            var reason = outcome.Count > 0
                ? "A claim without proof: add a number or a customer example."
                : "Proof without the outcome it bought: say what changed for them.";
            var evidence = outcome.Concat(proof).Concat(number).Distinct().Order().Take(2).Select(i => text.Sentences[i].Text).ToList();
            return (CriterionStatus.Partly, reason, evidence, better);
        }

        if (brag >= 0)
        {
            return (CriterionStatus.Partly, "Features and credentials about you, not outcomes for them: say what changes for this buyer.", [text.Sentences[brag].Text], better);
        }

        var hype = Array.FindIndex(features, f => f.Hype);
        return hype >= 0
            ? (CriterionStatus.Missed, "Hype isn't evidence: replace it with a number or a customer result.", [text.Sentences[hype].Text], better)
            : (CriterionStatus.Missed, "No value or evidence: say what changes for them and how you know.", [], better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Method()
    {
        var method = category!.Source.Method;
        // Distinct cues, each counted once and at most one per position.
        var matched = new List<(string Cue, int Token)>();
        foreach (var sentence in text.Sentences)
        {
            foreach (var (cue, at) in category.Method.Matches(_tokens, sentence.FirstToken, sentence.EndToken))
            {
                if (matched.TrueForAll(m => m.Token != at && m.Cue != cue.Phrase))
                {
                    matched.Add((cue.Phrase, at));
                }
            }
        }

        var evidence = matched.Select(m => text.SentenceOf(m.Token).Text).Distinct().ToList();
        return matched.Count switch
        {
            >= 2 => (CriterionStatus.Met, $"{method.Name}: done.", evidence, method.BetterLine),
            1 => (CriterionStatus.Partly, $"{method.Name}: only partly. {method.Description}", evidence, method.BetterLine),
            _ => (CriterionStatus.Missed, $"{method.Name}: missing. {method.Description}", [], method.BetterLine),
        };
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Tailor()
    {
        var matches = buyer.CountMatches(_tokens, 0, _tokens.Count);
        var yours = CountYourPhrases();
        var evidence = Indexes(f => f.Tailored).Take(2).Select(i => text.Sentences[i].Text).ToList();
        var better = buyer.Examples.Length > 0
            ? $"Use their world: bring in {string.Join(", ", buyer.Examples.Select(e => $"\"{e}\""))}."
            : "Use their world: repeat a fact they gave you (a number, a deadline, their current tool).";
        if (matches >= 2 || (matches >= 1 && yours >= 1) || yours >= 3)
        {
            return (CriterionStatus.Met, "You tied it to their situation.", evidence, better);
        }

        return matches >= 1 || yours >= 1
            ? (CriterionStatus.Partly, "Somewhat generic: one nod to their situation.", evidence, better)
            : (CriterionStatus.Missed, "Generic: nothing about their company, numbers or people.", [], better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Control()
    {
        var better = Better(Rubric.Control);
        var full = Array.FindIndex(features, f => f.Proposal && f.NextStepObject && f.Time && f.Question != QuestionKind.Rhetorical);
        if (full >= 0)
        {
            return (CriterionStatus.Met, "You proposed a concrete next step with a time.", [text.Sentences[full].Text], better);
        }

        var partial = Array.FindIndex(features, f => f.Question != QuestionKind.Rhetorical && f.Proposal && (f.NextStepObject || f.Time));
        if (partial >= 0)
        {
            return (CriterionStatus.Partly, "A next step, but not a concrete one: say what, and when.", [text.Sentences[partial].Text], better);
        }

        var passive = Array.FindIndex(features, f => f.Passive);
        return passive >= 0
            ? (CriterionStatus.Missed, "You handed control back to the buyer: propose the next step yourself.", [text.Sentences[passive].Text], better)
            : (CriterionStatus.Missed, "No next step: end by proposing one, with a time.", [], better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Agenda()
    {
        var better = "To make this useful for you: can I ask a few questions about how you handle this today, and if there's no fit we'll say so?";
        var agenda = Array.FindIndex(features, f => f.Agenda);
        if (agenda >= 0)
        {
            return (CriterionStatus.Met, "You framed the conversation.", [text.Sentences[agenda].Text], better);
        }

        var proposal = Array.FindIndex(features, f => f.Proposal && (f.NextStepObject || f.Time));
        return proposal >= 0
            ? (CriterionStatus.Partly, "You proposed a step, but didn't frame this conversation first.", [text.Sentences[proposal].Text], better)
            : (CriterionStatus.Missed, "Frame the call: say what you'd like to learn and ask permission.", [], better);
    }

    private (CriterionStatus, string, IReadOnlyList<string>, string) Concise()
    {
        var words = text.WordCount;
        var (low, high) = context.Profile == RubricProfile.Discovery ? (12, 100) : (20, 120);
        if (words >= low && words <= high)
        {
            return (CriterionStatus.Met, $"{words} words: easy to read in chat.", [], "");
        }

        if (words > high && words <= high + 50)
        {
            return (CriterionStatus.Partly, $"{words} words: long for chat. Keep it to acknowledge, ask, one proof point, one next step.", [], "Cut to 3–4 sentences: acknowledge, ask, one proof point, one next step.");
        }

        if (words >= low / 2 && words < low)
        {
            return (CriterionStatus.Partly, $"{words} words: too thin to land the point.", [], "Say a little more: one question and one proof point.");
        }

        return words > high
            ? (CriterionStatus.Missed, $"{words} words: a monologue. Buyers stop reading.", [], "Cut to 3–4 sentences: acknowledge, ask, one proof point, one next step.")
            : (CriterionStatus.Missed, $"{words} words: too short to handle the objection.", [], "Say a little more: acknowledge, ask one question, propose a next step.");
    }

    private Sentence? FindUnnegated(CueSet cues)
    {
        foreach (var sentence in text.Sentences)
        {
            foreach (var (cue, at) in cues.Matches(_tokens, sentence.FirstToken, sentence.EndToken))
            {
                if (!IsNegated(sentence, at, cue.Length))
                {
                    return sentence;
                }
            }
        }

        return null;
    }

    private bool IsNegated(Sentence sentence, int at, int length)
    {
        var start = Math.Max(sentence.FirstToken, at - 5);
        if (AnyRange(Lexicon.Negators, start, at))
        {
            return true;
        }

        var after = at + length;
        return AnyRange(Lexicon.Negators, after, Math.Min(sentence.EndToken, after + 3))
            && _tokens.Skip(after).Take(3).Any(t => t.Value is "not" or "never" or "isn't" or "aren't" or "won't" or "wouldn't");
    }

    private bool AnyRange(CueSet patterns, int from, int to) => from < to && patterns.AnyIn(_tokens, from, to);

    private bool AnyIn(CueSet patterns, int sentenceIndex)
    {
        var sentence = text.Sentences[sentenceIndex];
        return patterns.AnyIn(_tokens, sentence.FirstToken, sentence.EndToken);
    }

    private int CountYourPhrases()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < _tokens.Count; i++)
        {
            if (_tokens[i].Value is "your" or "you're" && _tokens[i + 1].Kind == TokenKind.Word)
            {
                var next = _tokens[i + 1].Value;
                if (_tokens[i].Value == "your" && !GenericYour.Contains(next) && !Lexicon.StopWords.Contains(next))
                {
                    seen.Add(next);
                }
                else if (_tokens[i].Value == "your" && next == "team")
                {
                    seen.Add(next);
                }
            }
        }

        return seen.Count;
    }

    private List<int> Indexes(Func<SentenceFeatures, bool> predicate)
    {
        var result = new List<int>();
        for (var i = 0; i < features.Length; i++)
        {
            if (predicate(features[i]))
            {
                result.Add(i);
            }
        }

        return result;
    }

    private string Better(string criterion)
    {
        if (category is not null)
        {
            var lines = category.Source.BetterLines;
            return criterion switch
            {
                Rubric.Acknowledge => buyer.Echo is { } echo ? $"Fair: {echo}, and I'd rather understand that than talk past it." : lines.Acknowledge,
                Rubric.Explore => lines.Explore,
                Rubric.Value => lines.Value,
                _ => lines.Control,
            };
        }

        return criterion switch
        {
            Rubric.Acknowledge => "That's a fair challenge, and with what you just told me it matters.",
            Rubric.Explore => "Before I answer: what's prompting you to look at this now, and what happens if nothing changes?",
            Rubric.Value => "A team your size cut that work by 30% in the first quarter; that's the outcome I'd want to test with you.",
            _ => "Can we put 30 minutes on Thursday at 10 to map this against your numbers, with whoever else needs to weigh in?",
        };
    }
}
