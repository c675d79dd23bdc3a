using SalesBot.Core.Scoring.Reading;

namespace SalesBot.Core.Scoring.Blockers;

/// <summary>
/// False or coached proof: invented or hedged certifications ("basically SOC 2 certified", "HIPAA certified" — there is no
/// such certificate), telling the buyer to record an audit as done, references briefed on what to say, friends posing as
/// customers, pilots presented as live customers.
/// </summary>
internal sealed class FalseCredentialsAct : PhraseAct
{
    public static readonly FalseCredentialsAct Instance = new();

    private static readonly ActPattern[] All =
    [
        ActPattern.Phrases(
            "hipaa certified", "hipaa-certified", "hipaa certification", "gdpr certified", "gdpr-certified", "gdpr certification",
            "fda approved for", "fda-approved for", "certified by the health ministry", "approved by the health ministry",
            "certified by the ministry", "certified by the government", "government approved", "government-approved", "ministry approved",
            "auditors will just accept", "auditors will accept it", "inspectors basically require", "basically require us",
            "what to say", "exactly what to say", "what they should say", "what he should say", "what she should say", "keep it positive",
            "say whatever you", "vouch for us even", "talk as if", "as if they're live", "as if they were live", "pose as", "pretend to be",
            "reference script", "what she needs to hear", "what he needs to hear", "what they need to hear", "even though they're not live",
            "even though they aren't live", "technically still in pilot", "tick yes", "put it down as done", "say we're certified",
            "say we are certified", "say we're compliant", "tell them it's done", "tell it it's done", "a formality at this point",
            "so they can reassure you", "so he can reassure you", "so she can reassure you", "who'll say nice things",
            "say nice things", "tell you it's the safest", "tell you how good we are", "tell you how great we are",
            "the college recommends", "officially recommended", "recommends us officially"),
        new(ActPart.Of("basically", "practically", "pretty much", "essentially", "effectively", "as good as", "all but", "nearly",
                "almost", "more or less", "kind of", "sort of", "virtually"),
            ActPart.Of("certified", "certification", "accredited", "compliant", "approved", "audited"))
        { MaxGap = 3 },
        new(ActPart.Of("audit", "certification", "assessment", "accreditation"),
            ActPart.Of("a formality", "just a formality", "formality"))
        { MaxGap = 3 },
        new(ActPart.Of("tell"),
            ActPart.Of("it", "them", "your team", "security", "procurement", "the auditors", "legal", "your it", "your boss", "the board"),
            ActPart.Of("it's done", "it is done", "we're certified", "we are certified", "we're compliant", "we passed"))
        { MaxGap = 1 },
        new(ActPart.Of("friend of mine", "my friend", "a mate", "my buddy", "a buddy"), ActPart.Of("vouch", "say", "pretend", "pose"))
        { MaxGap = 8 },
        new(ActPart.Of("our system is", "our software is", "our platform is", "our tool is", "we're", "we are", "the only"),
            ActPart.Of("brcgs certified", "brc certified", "fda approved", "ce certified", "ce-certified"))
        { MaxGap = 4 },
    ];

    public override string Id => "false-credentials";

    public override string Description => "Claimed a certification or reference that isn't real, or offered a coached one";

    public override IReadOnlyList<ActPattern> Patterns => All;

    public override string BetterLine(AnswerReading answer) =>
        "Offer only what is true and checkable: \"Here's our current audit report; and talk to any customer you choose, unbriefed.\"";
}
