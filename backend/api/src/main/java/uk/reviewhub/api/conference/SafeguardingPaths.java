package uk.reviewhub.api.conference;

/**
 * The paths of the safeguarding service (child protection conferences and looked-after children's
 * reviews), shared by {@link SafeguardingApi}, its controller and the UI.
 */
public final class SafeguardingPaths {
    /** {@code GET}: the children the signed-in person may see (a chair: those allocated to them); {@code POST}: record one. */
    public static final String CHILDREN = "/api/safeguarding/children";
    public static final String CHILD = "/api/safeguarding/children/{childId}";
    /** {@code GET}: every allocation of the child, newest first; {@code POST}: allocate or reallocate a chair. */
    public static final String CHILD_ALLOCATIONS = "/api/safeguarding/children/{childId}/allocations";
    /** {@code GET}: the child's episodes; {@code POST}: open one. */
    public static final String CHILD_EPISODES = "/api/safeguarding/children/{childId}/episodes";
    /** {@code GET}: the episode, its conferences and its timeline of clocks. */
    public static final String EPISODE = "/api/safeguarding/episodes/{episodeId}";
    /** {@code POST}: a dated event of the episode (first core group, reviewing officer allocated, panel check, end). */
    public static final String EPISODE_EVENTS = "/api/safeguarding/episodes/{episodeId}/events";
    /** {@code POST}: schedule a conference or review of the episode. */
    public static final String EPISODE_CONFERENCES = "/api/safeguarding/episodes/{episodeId}/conferences";
    public static final String CONFERENCE = "/api/safeguarding/conferences/{conferenceId}";
    /** {@code POST}: the conference was held on a date (its quorum is read from the attendance then). */
    public static final String CONFERENCE_HELD = "/api/safeguarding/conferences/{conferenceId}/held";
    /** {@code POST}: invite an agency's professional. */
    public static final String CONFERENCE_INVITEES = "/api/safeguarding/conferences/{conferenceId}/invitees";
    /** {@code PUT}: an invitee's attendance and report. */
    public static final String INVITEE = "/api/safeguarding/invitees/{inviteeId}";
    /** {@code GET}: the live quorum verdict from the attendance recorded so far. */
    public static final String CONFERENCE_QUORUM = "/api/safeguarding/conferences/{conferenceId}/quorum";
    /** {@code PUT}: the child's and the parents' participation. */
    public static final String CONFERENCE_PARTICIPATION = "/api/safeguarding/conferences/{conferenceId}/participation";
    /** {@code PUT}: the outcome (plan, category, reasons, dissent, core group, plans, next date, care plan scrutiny). */
    public static final String CONFERENCE_OUTCOME = "/api/safeguarding/conferences/{conferenceId}/outcome";
    /** {@code POST}: a SMART action decided at a looked-after review. */
    public static final String CONFERENCE_ACTIONS = "/api/safeguarding/conferences/{conferenceId}/actions";
    /** {@code PUT}: an action's completion. */
    public static final String ACTION = "/api/safeguarding/actions/{actionId}";
    /** {@code GET}: the issued records of a conference; {@code POST}: issue one (an amendment with its reason). */
    public static final String CONFERENCE_RECORDS = "/api/safeguarding/conferences/{conferenceId}/records";
    /** {@code GET}: an issued record as {@code .pdf} or {@code .docx}, exactly as issued. */
    public static final String RECORD_DOCUMENT = "/api/safeguarding/records/{recordId}.{format}";
    /** {@code GET}: the chairs of the service and their caseloads (manager and support). */
    public static final String CHAIRS = "/api/safeguarding/chairs";
    /** {@code GET ?weeks=N}: conferences and reviews planned in the coming weeks and those overdue: a chair's own, or the service's. */
    public static final String DIARY = "/api/safeguarding/diary";

    /** {@code POST}: make an iCalendar feed of the signed-in person's conferences and reviews. */
    public static final String CALENDAR_FEED = "/api/safeguarding/calendar-feed";
    /** {@code GET}: the feed, for calendar apps (no sign-in: the secret token gates it). */
    public static final String ICAL = "/ical/{token}/safeguarding.ics";

    private SafeguardingPaths() {
    }
}
