package uk.reviewhub.meeting.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.meeting.persistence.CalendarFeedQueries;
import uk.reviewhub.meeting.persistence.CalendarFeedQueries.CalendarMeeting;
import uk.reviewhub.meeting.persistence.CalendarFeedQueries.FeedOwner;
import uk.reviewhub.partnership.domain.PartnershipDirectory;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.tenancy.TenantContext;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Per-user iCalendar feeds. A feed's URL carries a random token (256 bits); only its SHA-256 is
 * stored. The calendar route is anonymous: the tenant comes from the token, through the one
 * security-definer lookup, never from the request; the user must still hold a role in it.
 */
@Singleton
public class CalendarFeeds {

    /** How far back and ahead a feed reaches. */
    static final Duration BACK = Duration.ofDays(366);
    static final Duration AHEAD = Duration.ofDays(2 * 366);
    /** Where a meeting has no length recorded. */
    static final int DEFAULT_MINUTES = 120;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedQueries feeds;
    private final PartnershipDirectory directory;
    private final Clock clock;

    CalendarFeeds(CalendarFeedQueries feeds, PartnershipDirectory directory, Clock clock) {
        this.feeds = feeds;
        this.directory = directory;
        this.clock = clock;
    }

    /** Makes a feed for the user and answers its URLs, under {@code baseUrl} (no trailing slash). */
    @Transactional
    public CalendarFeed create(UUID userId, String baseUrl) {
        NewFeed feed = issue(userId);
        UUID id = feed.id();
        String root = baseUrl + "/ical/" + feed.token();
        List<CalendarFeed.GroupFeed> groups = directory.groups().stream()
                .map(g -> new CalendarFeed.GroupFeed(g.id(), g.name(), root + "/group/" + g.id() + ".ics"))
                .toList();
        return new CalendarFeed(id, clock.instant(), null, root + "/member.ics", groups);
    }

    /** A feed just made: its id and its secret token (answered once; only its SHA-256 is stored). */
    public record NewFeed(UUID id, String token) {
    }

    /** Makes a feed for the user, for another feature's calendar ({@code /ical/{token}/...}). */
    @Transactional
    public NewFeed issue(UUID userId) {
        String text = SecretTokens.newToken();
        UUID id = UUID.randomUUID();
        feeds.insert(id, userId, hash(text));
        return new NewFeed(id, text);
    }

    /**
     * Runs {@code read} for the token's owner with the token's partnership bound, as the feeds above
     * do: an unknown, malformed or revoked token, or an owner without a role there, is not found.
     */
    public <T> T asOwner(String token, java.util.function.Function<UUID, T> read) throws Exception {
        FeedOwner owner = owner(token);
        return TenantContext.callAs(owner.tenantId(), () -> {
            requireRole(owner);
            return read.apply(owner.userId());
        });
    }

    public List<CalendarFeed> feeds(UUID userId) {
        return feeds.feeds(userId).stream()
                .map(f -> new CalendarFeed(f.id(), f.createdAt(), f.revokedAt(), null, List.of()))
                .toList();
    }

    @Transactional
    public void revoke(UUID feedId, UUID userId) {
        if (feeds.revoke(feedId, userId) == 0 && !feeds.feedExists(feedId, userId)) {
            throw new NotFoundException("No such calendar feed of yours.");
        }
    }

    /** One group's meetings, for whoever holds the token. */
    public String groupCalendar(String token, UUID groupId) throws Exception {
        FeedOwner owner = owner(token);
        return TenantContext.callAs(owner.tenantId(), () -> {
            requireRole(owner);
            String name = feeds.groupName(groupId).orElseThrow(CalendarFeeds::noFeed);
            return calendar(name, List.of(groupId));
        });
    }

    /** The meetings of every group in which the token's user has a seat today. */
    public String memberCalendar(String token) throws Exception {
        FeedOwner owner = owner(token);
        return TenantContext.callAs(owner.tenantId(), () -> {
            requireRole(owner);
            return calendar("My meetings", feeds.groupsSeating(owner.userId(), LondonTime.today(clock)));
        });
    }

    /** A feed just made: its id and the root of its secret URLs. */
    public record CreatedFeed(UUID id, String root) {
    }

    private String calendar(String name, List<UUID> groupIds) {
        Instant now = clock.instant();
        List<ICalendar.Event> events = feeds.meetings(groupIds, now.minus(BACK), now.plus(AHEAD)).stream()
                .map(CalendarFeeds::event).toList();
        return ICalendar.write(name, now, events);
    }

    static ICalendar.Event event(CalendarMeeting m) {
        int minutes = m.durationMinutes() == null ? DEFAULT_MINUTES : m.durationMinutes();
        boolean cancelled = m.status().equals("CANCELLED");
        String description = m.groupName() + (m.statusReason() == null ? "" : "\n" + (cancelled ? "Cancelled: " : "") + m.statusReason());
        return new ICalendar.Event(m.id() + "@reviewhub", m.changes(), m.start(), m.start().plus(Duration.ofMinutes(minutes)),
                m.title(), m.location(), description, cancelled);
    }

    private FeedOwner owner(String token) throws Exception {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw noFeed();
        }
        return TenantContext.callWithoutTenant(() -> feeds.feedByToken(hash(token))).orElseThrow(CalendarFeeds::noFeed);
    }

    private void requireRole(FeedOwner owner) {
        if (!feeds.holdsRole(owner.userId())) {
            throw noFeed();
        }
    }

    private static NotFoundException noFeed() {
        return new NotFoundException("No such calendar.");
    }

    static byte[] hash(String token) {
        return SecretTokens.sha256(token);
    }
}
