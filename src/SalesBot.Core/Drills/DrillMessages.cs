using System.Globalization;
using SalesBot.Core.Content;
using SalesBot.Core.Messaging;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;

namespace SalesBot.Core.Drills;

/// <summary>Builds the drill's messages: the buyer's lines, the explainable score card, summaries.</summary>
public static class DrillMessages
{
    public const string ActionStop = "stop";
    public const string ActionHint = "hint";
    public const string ActionPractice = "practice";
    public const string ActionRolePlay = "roleplay";
    public const string ActionProgress = "progress";
    public const string ActionNominate = "nominate";
    public const string ActionPlaybook = "playbook";
    public const string ActionHelp = "help";
    public const string ActionReview = "review";
    public const string ActionApprove = "approve";
    public const string ActionReject = "reject";

    public static MessageAction Stop() => new(ActionStop, "Stop");

    public static MessageAction Hint() => new(ActionHint, "Hint");

    public static MessageAction Progress() => new(ActionProgress, "My progress");

    public static MessageAction Practice(ObjectionCategory? category, string? title = null) => category is null
        ? new MessageAction(ActionPractice, title ?? "Practice (pick for me)")
        : MessageAction.With(ActionPractice, title ?? $"Practice {category.Id}", "category", category.Id);

    public static MessageAction RolePlay(Scenario? scenario, string? title = null) => scenario is null
        ? new MessageAction(ActionRolePlay, title ?? "Role-play")
        : MessageAction.With(ActionRolePlay, title ?? scenario.Title, "scenario", scenario.Id);

    public static OutboundMessage Buyer(Persona persona, string line, IReadOnlyList<MessageAction>? actions = null) => new()
    {
        Kind = MessageKind.Buyer,
        Speaker = $"{persona.Name} ({persona.Title})",
        Text = $"\u201C{line}\u201D",
        Actions = actions ?? [Hint(), Stop()],
    };

    /// <summary>The full, explainable score card of one answer.</summary>
    public static OutboundMessage ScoreCard(ScoreCard card, string? headline = null, IReadOnlyList<MessageAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var sections = new List<MessageSection>();
        var worked = card.Criteria.Where(c => c.Status == CriterionStatus.Met).ToList();
        if (worked.Count > 0)
        {
            sections.Add(new MessageSection
            {
                Title = "What worked",
                Facts = worked.Select(c => new MessageFact($"\u2713 {c.Name} ({c.Points}/{c.Weight})", Evidence(c) ?? c.Reason)).ToList(),
            });
        }

        var missing = card.Criteria.Where(c => c.Status != CriterionStatus.Met).ToList();
        if (missing.Count > 0)
        {
            sections.Add(new MessageSection
            {
                Title = "What was missing",
                Facts = missing.Select(c => new MessageFact(
                    $"{(c.Status == CriterionStatus.Partly ? "~" : "\u2717")} {c.Name} ({c.Points}/{c.Weight})",
                    BetterLineText(c))).ToList(),
            });
        }

        foreach (var blocker in card.Blockers)
        {
            sections.Add(new MessageSection
            {
                Title = $"Blocker: {blocker.Description} (score capped at {Rubric.BlockerCap})",
                Text = blocker.Words is null
                    ? $"You said: \u201C{blocker.Evidence}\u201D\nA better line: {blocker.BetterLine}"
                    : $"You said: \u201C{blocker.Evidence}\u201D (the words \u201C{blocker.Words}\u201D)\nA better line: {blocker.BetterLine}",
            });
        }

        foreach (var penalty in card.Penalties)
        {
            sections.Add(new MessageSection
            {
                Title = $"\u2212{penalty.Points}: {penalty.Description}",
                Text = $"You said: \u201C{penalty.Evidence}\u201D",
            });
        }

        sections.Add(new MessageSection { Facts = [new MessageFact("Rubric", $"{card.RubricVersion} · pass mark {card.PassMark}")] });
        return new OutboundMessage
        {
            Kind = MessageKind.Feedback,
            Title = ScoreLine(card),
            Text = card.Notice is null ? headline : $"{headline} {card.Notice}".Trim(),
            Sections = sections,
            Actions = actions ?? [],
        };
    }

    /// <summary>A one-line verdict for role-play turns, with the biggest gap and how to close it.</summary>
    public static OutboundMessage CompactScore(ScoreCard card, AnswerOutcome outcome, Persona persona, int trust)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(persona);
        var facts = new List<MessageFact>();
        var gap = card.Blockers.Count > 0
            ? null
            : card.Criteria.Where(c => c.Status != CriterionStatus.Met).OrderByDescending(c => c.Weight - c.Points).FirstOrDefault();
        if (card.Blockers.Count > 0)
        {
            facts.Add(new MessageFact("Blocker", $"{card.Blockers[0].Description}. {card.Blockers[0].BetterLine}"));
        }
        else if (gap is not null)
        {
            facts.Add(new MessageFact($"Biggest gap: {gap.Name}", BetterLineText(gap)));
        }

        var met = card.Criteria.Where(c => c.Status == CriterionStatus.Met).Select(c => c.Name).ToList();
        if (met.Count > 0)
        {
            facts.Insert(0, new MessageFact("Worked", string.Join("; ", met)));
        }

        if (card.Notice is not null)
        {
            facts.Add(new MessageFact("Length", card.Notice));
        }

        facts.Add(new MessageFact($"{persona.FirstName}'s trust", $"{TrustBar(trust)} {trust}/100"));
        return new OutboundMessage
        {
            Kind = MessageKind.Feedback,
            Title = $"{ScoreLine(card)} · {OutcomeWord(outcome)}",
            Sections = [new MessageSection { Facts = facts }],
        };
    }

    public static string ScoreLine(ScoreCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var verdict = card.Blockers.Count > 0
            ? "blocked"
            : card.Passed ? "pass" : $"not a pass yet (pass mark {card.PassMark})";
        return string.Create(CultureInfo.InvariantCulture, $"Score: {card.Overall}/100 \u2014 {verdict}");
    }

    public static string OutcomeWord(AnswerOutcome outcome) => outcome switch
    {
        AnswerOutcome.Strong => "strong",
        AnswerOutcome.Partial => "partial",
        _ => "weak",
    };

    public static string TrustBar(int trust)
    {
        var filled = Math.Clamp((int)Math.Round(trust / 20.0), 0, 5);
        return new string('\u25A0', filled) + new string('\u25A1', 5 - filled);
    }

    public static OutboundMessage ModelAnswer(PlaybookEntry entry) => new()
    {
        Kind = MessageKind.Info,
        Title = "From your team's playbook",
        Text = $"{entry.SellerName ?? "A teammate"} scored {entry.Score}/100 on \u201C{entry.Objection}\u201D with:\n\u201C{entry.Answer}\u201D",
    };

    public static string? Evidence(CriterionResult criterion) =>
        criterion.Evidence.Count == 0 ? null : $"\u201C{criterion.Evidence[0]}\u201D";

    private static string BetterLineText(CriterionResult criterion) =>
        string.IsNullOrEmpty(criterion.BetterLine) ? criterion.Reason : $"{criterion.Reason} A better line: \u201C{criterion.BetterLine.Trim('"')}\u201D";
}
