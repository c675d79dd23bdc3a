using System.Text;
using SalesBot.Slack.Tests.Support;
using SalesBot.Slack.Verification;

namespace SalesBot.Slack.Tests.Verification;

public sealed class SlackSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Fixtures.KnownAnswerBody);
    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_PublishedVector_MatchesSlacksSignature()
    {
        Assert.Equal(362, Fixtures.KnownAnswerBody.Length);
        Assert.Equal(Fixtures.KnownAnswerSignature, SlackSignature.Compute(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, Body));
    }

    [Fact]
    public void Verify_PublishedVectorAtItsTime_IsValid() =>
        Assert.Equal(SlackSignatureResult.Valid, SlackSignature.Verify(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, Fixtures.KnownAnswerSignature, Body, VectorTime));

    [Fact]
    public void Verify_TamperedBody_IsMismatch() =>
        Assert.Equal(SlackSignatureResult.Mismatch, SlackSignature.Verify(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, Fixtures.KnownAnswerSignature, Encoding.UTF8.GetBytes(Fixtures.KnownAnswerBody + "------"), VectorTime));

    [Fact]
    public void Verify_WrongSecret_IsMismatch() =>
        Assert.Equal(SlackSignatureResult.Mismatch, SlackSignature.Verify("8f742231b10e8888abcd99yyyzzz85a6", Fixtures.KnownAnswerTimestamp, Fixtures.KnownAnswerSignature, Body, VectorTime));

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void Verify_TimestampOutsideFiveMinutes_IsRefused(int offsetSeconds) =>
        Assert.Equal(SlackSignatureResult.TimestampOutOfWindow, SlackSignature.Verify(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, Fixtures.KnownAnswerSignature, Body, VectorTime.AddSeconds(offsetSeconds)));

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_TimestampAtTheEdgeOfTheWindow_IsValid(int offsetSeconds) =>
        Assert.Equal(SlackSignatureResult.Valid, SlackSignature.Verify(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, Fixtures.KnownAnswerSignature, Body, VectorTime.AddSeconds(offsetSeconds)));

    [Theory]
    [InlineData(null, Fixtures.KnownAnswerSignature)]
    [InlineData(Fixtures.KnownAnswerTimestamp, null)]
    [InlineData("", "")]
    public void Verify_MissingHeader_IsRefused(string? timestamp, string? signature) =>
        Assert.Equal(SlackSignatureResult.MissingHeaders, SlackSignature.Verify(SlackRequests.Secret, timestamp, signature, Body, VectorTime));

    [Fact]
    public void Verify_V1Scheme_IsUnsupported() =>
        Assert.Equal(SlackSignatureResult.UnsupportedVersion, SlackSignature.Verify(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, "v1=" + Fixtures.KnownAnswerSignature[3..], Body, VectorTime));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Verify_NoSigningSecret_IsRefused(string? secret) =>
        Assert.Equal(SlackSignatureResult.NoSigningSecret, SlackSignature.Verify(secret, Fixtures.KnownAnswerTimestamp, Fixtures.KnownAnswerSignature, Body, VectorTime));

    [Theory]
    [InlineData("1531420618.5")]
    [InlineData("-1531420618")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public void Verify_MalformedTimestamp_IsRefused(string timestamp) =>
        Assert.Equal(SlackSignatureResult.MalformedTimestamp, SlackSignature.Verify(SlackRequests.Secret, timestamp, Fixtures.KnownAnswerSignature, Body, VectorTime));

    [Theory]
    [InlineData("v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503")]
    [InlineData("v0=a2114d57")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50é")]
    public void Verify_AlteredSignature_IsMismatch(string signature) =>
        Assert.Equal(SlackSignatureResult.Mismatch, SlackSignature.Verify(SlackRequests.Secret, Fixtures.KnownAnswerTimestamp, signature, Body, VectorTime));
}
