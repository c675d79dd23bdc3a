using SalesBot.Core.Text.Language;

namespace SalesBot.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _detector = LanguageDetector.Default;

    [Theory]
    [InlineData("es", "Entiendo, y prefiero saberlo ahora. ¿Qué le molestó la última vez: el coste o que los ahorros nunca aparecieron?")]
    [InlineData("de", "Verstehe ich gut, sechs Wochen vor dem Audit führt niemand etwas Neues ein. Darf ich fragen, wie das geprüft wurde?")]
    [InlineData("fr", "Je comprends, c'est une vraie question. Qu'est-ce qui compte le plus pour vous dans cette décision?")]
    [InlineData("pt", "Entendo, é uma boa pergunta. O que é mais importante para você nesta decisão?")]
    [InlineData("it", "Capisco, è una domanda giusta. Che cosa è più importante per lei in questa decisione?")]
    [InlineData("nl", "Dat begrijp ik, en het is een goede vraag. Wat is voor u het belangrijkste in deze beslissing?")]
    public void Detect_AnswerInAnotherLanguage_NamesIt(string code, string text)
    {
        Assert.Equal(code, _detector.Detect(text).Code);
    }

    [Theory]
    [InlineData("Hej Rosa, that's real money for four shops. How many bookings slip through by phone on a busy Saturday?")]
    [InlineData("Fair point, Jürgen. What would Müller & Söhne need to see before the Bundesbank audit?")]
    [InlineData("ok")]
    [InlineData("")]
    [InlineData("ROI 3x. Payback 5 months.")]
    public void Detect_EnglishWithForeignNamesOrTooShortToTell_IsEnglish(string text)
    {
        Assert.True(_detector.Detect(text).IsEnglish);
    }
}
