using SalesBot.Core.Content;
using SalesBot.Core.Conversations;
using SalesBot.Core.Conversations.Handlers;
using SalesBot.Core.Drills;
using SalesBot.Core.Playbook;
using SalesBot.Core.Scoring;
using SalesBot.Core.Storage;
using SalesBot.Core.Transcripts;
using SalesBot.Core.Users;

namespace SalesBot.Teams.Tests.Support;

/// <summary>
/// The real conversation engine (content, scorer, drills, playbook) on in-memory stores: it produces exactly the messages
/// the bot sends, so the card tests render real messages rather than hand-made ones.
/// </summary>
internal sealed class BotConversation
{
    private static readonly Lazy<ContentCatalog> LazyContent = new(ContentLoader.LoadEmbedded);
    private readonly ConversationService _service;

    public BotConversation(params string[] managers)
    {
        var engine = new DrillEngine(Content, new AnswerScorer());
        var roles = new Roles(managers);
        var playbook = new Playbook();
        var help = new HelpHandler(Content, roles);
        var store = new Store();
        ICommandHandler[] handlers =
        [
            help,
            new PracticeHandler(engine),
            new RolePlayHandler(engine),
            new DrillControlHandler(engine),
            new ProgressHandler(Content),
            new PlaybookHandler(Content, playbook, roles),
            new ReviewHandler(Content, playbook, roles),
            new NominateHandler(Content, playbook, roles, new Roster(), store),
            new ForgetMeHandler(),
            new ScoreDetailsHandler(store),
            new NoRhythmHandler(),
        ];
        var router = new TurnRouter(handlers, engine, help, new DrillAnswerHandler(engine, playbook));
        _service = new ConversationService(router, help, Content, store, TimeProvider.System);
    }

    public static ContentCatalog Content => LazyContent.Value;

    /// <summary>Every message sent so far, in order.</summary>
    public List<OutboundMessage> Sent { get; } = [];

    public static string ModelAnswer(string category)
    {
        var lines = Content.GetCategory(category).BetterLines;
        return $"{lines.Acknowledge} {lines.Explore} {lines.Value} {lines.Control}";
    }

    public Task<IReadOnlyList<OutboundMessage>> SayAsync(string user, string text) =>
        TurnAsync(new InboundTurn { User = Key(user), Reference = Reference(user), UserName = user, Text = text });

    public Task<IReadOnlyList<OutboundMessage>> PressAsync(string user, MessageAction action) =>
        TurnAsync(new InboundTurn { User = Key(user), Reference = Reference(user), UserName = user, Action = new ActionInvocation(action.Id, action.Data) });

    private static UserKey Key(string user) => new("teams", "tenant", user);

    private static ConversationReference Reference(string user) =>
        new() { Channel = "teams", TenantId = "tenant", ChannelUserId = user, ConversationId = user };

    private async Task<IReadOnlyList<OutboundMessage>> TurnAsync(InboundTurn turn)
    {
        var replies = (await _service.HandleAsync(turn, CancellationToken.None)).Result.Replies;
        Sent.AddRange(replies);
        return replies;
    }

    private sealed class Store : IConversationStore
    {
        private readonly Dictionary<UserKey, StoredUserState> _states = [];
        private readonly List<TranscriptEntry> _entries = [];

        public Task<StoredUserState?> LoadAsync(UserKey user, CancellationToken cancellationToken) =>
            Task.FromResult(_states.GetValueOrDefault(user));

        public Task<string> CommitAsync(UserState state, string? expectedETag, TurnRecord turn, CancellationToken cancellationToken)
        {
            var etag = Guid.NewGuid().ToString("N");
            _states[state.User] = new StoredUserState(state, etag);
            _entries.Add(turn.Entry);
            return Task.FromResult(etag);
        }

        public Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(UserKey user, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TranscriptEntry>>(_entries.Where(e => e.User == user).ToList());

        public Task<IReadOnlyList<SessionRecord>> GetSessionsAsync(UserKey user, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<SessionRecord>>([]);
    }

    private sealed class Playbook : IPlaybookStore
    {
        private readonly Dictionary<string, StoredPlaybookEntry> _entries = [];

        public Task<bool> TryAddAsync(PlaybookEntry entry, CancellationToken cancellationToken) =>
            Task.FromResult(_entries.TryAdd(entry.Id, new StoredPlaybookEntry(entry, Guid.NewGuid().ToString("N"))));

        public Task<StoredPlaybookEntry?> GetAsync(string tenantKey, string id, CancellationToken cancellationToken) =>
            Task.FromResult(_entries.GetValueOrDefault(id) is { } e && e.Entry.TenantKey == tenantKey ? e : null);

        public Task ReplaceAsync(PlaybookEntry entry, string expectedETag, CancellationToken cancellationToken)
        {
            _entries[entry.Id] = new StoredPlaybookEntry(entry, Guid.NewGuid().ToString("N"));
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<PlaybookEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PlaybookEntry>>(_entries.Values.Select(e => e.Entry).Where(e => e.TenantKey == tenantKey).ToList());
    }

    private sealed class Roster : IConversationReferenceStore
    {
        private readonly Dictionary<UserKey, RosterEntry> _entries = [];

        public Task UpsertAsync(RosterEntry entry, CancellationToken cancellationToken)
        {
            _entries[entry.User] = entry;
            return Task.CompletedTask;
        }

        public Task<RosterEntry?> GetAsync(UserKey user, CancellationToken cancellationToken) => Task.FromResult(_entries.GetValueOrDefault(user));

        public Task<IReadOnlyList<RosterEntry>> ListAsync(string tenantKey, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<RosterEntry>>(_entries.Values.Where(e => e.User.TenantKey == tenantKey).ToList());
    }

    private sealed class Roles(string[] managers) : IRoleDirectory
    {
        public bool IsManager(UserKey user) => managers.Contains(user.UserId);
    }
}
