package uk.reviewhub.api.scrutiny;

/** The paths of independent scrutiny, shared by {@link ScrutinyApi}, its controller and the UI. */
public final class ScrutinyPaths {
    /** {@code GET}: the scrutiny programme (whether the partnership runs scrutiny, its scrutineers and pieces). */
    public static final String PROGRAMME = "/api/scrutiny";
    /** {@code GET}: scrutiny's settings alone (whether the partnership runs it, its finding ratings). */
    public static final String SETTINGS = "/api/scrutiny/settings";
    /** {@code POST}: record a piece of scrutiny the statutory partners commissioned. */
    public static final String PIECES = "/api/scrutiny/pieces";
    /** {@code GET}: a piece; {@code PUT}: change its commission (title, scope, questions, methodology, lead, team, timescale). */
    public static final String PIECE = "/api/scrutiny/pieces/{pieceId}";
    /** {@code POST}: move the piece on in its lifecycle. */
    public static final String PIECE_STATUS = "/api/scrutiny/pieces/{pieceId}/status";
    /** {@code POST}: log a scrutineer's day (or part) on the piece, against the chair's days allocation. */
    public static final String PIECE_DAYS = "/api/scrutiny/pieces/{pieceId}/days";
    /** {@code GET}: the piece's observations; {@code POST}: record one against a framework version. */
    public static final String PIECE_OBSERVATIONS = "/api/scrutiny/pieces/{pieceId}/observations";
    /** {@code GET}: the current observation framework; {@code POST}: a new version of it. */
    public static final String FRAMEWORK = "/api/scrutiny/framework";
    /** {@code GET}: every version of the framework, newest first. */
    public static final String FRAMEWORK_VERSIONS = "/api/scrutiny/framework/versions";
    /** {@code GET}: one version of the framework. */
    public static final String FRAMEWORK_VERSION = "/api/scrutiny/framework/versions/{version}";

    /** {@code GET}: the observation schedule shared by the scrutineers ({@code from}, {@code weeks}), with clashes and gaps. */
    public static final String SCHEDULE = "/api/scrutiny/schedule";
    /** {@code POST}: plan an observation for the piece on the schedule. */
    public static final String PIECE_SCHEDULE = "/api/scrutiny/pieces/{pieceId}/schedule";
    /** {@code POST}: cancel a planned observation, with the reason. */
    public static final String SCHEDULED_CANCELLATION = "/api/scrutiny/schedule/{scheduledId}/cancellation";
    /** {@code POST}: a calendar feed of the observations you are planned to make (its URL answered once). */
    public static final String SCHEDULE_FEED = "/api/scrutiny/schedule/feed";
    /** {@code GET}, public but gated by the feed token: your planned observations as iCalendar. */
    public static final String ICAL_SCRUTINY = "/ical/{token}/scrutiny.ics";
    /** {@code GET}: the piece's focus groups and staff and family feedback; {@code POST}: record one. */
    public static final String PIECE_EVIDENCE = "/api/scrutiny/pieces/{pieceId}/evidence";
    /** {@code GET}: the piece's findings (with their evidence and recommendations); {@code POST}: record one. */
    public static final String PIECE_FINDINGS = "/api/scrutiny/pieces/{pieceId}/findings";
    /** {@code POST}: a recommendation the finding leads to, and perhaps its action on the Composite Action Plan. */
    public static final String FINDING_RECOMMENDATIONS = "/api/scrutiny/findings/{findingId}/recommendations";

    private ScrutinyPaths() {
    }
}
