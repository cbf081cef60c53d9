package uk.reviewhub.api;

/** The backend's HTTP paths, shared by its controllers and the UI's clients. */
public final class ApiPaths {
    public static final String SIGN_IN = "/api/auth/sign-in";
    public static final String REFRESH = "/api/auth/refresh";
    public static final String SIGN_OUT = "/api/auth/sign-out";
    public static final String ME = "/api/me";
    public static final String PARTNERSHIP = "/api/partnership";
    public static final String AGENCIES = "/api/agencies";
    public static final String GROUPS = "/api/groups";
    /** {@code /api/groups/{groupId}/members} */
    public static final String GROUP_MEMBERS = "/api/groups/{groupId}/members";
    /** {@code /api/groups/{groupId}/terms-of-reference} */
    public static final String GROUP_TERMS_OF_REFERENCE = "/api/groups/{groupId}/terms-of-reference";

    /** {@code GET /api/calendar/due?start=YYYY-MM-DD&workingDays=N} (N may be negative) or {@code &months=N}. */
    public static final String CALENDAR_DUE = "/api/calendar/due";

    /** {@code GET ?from=YYYY-MM-DD&to=YYYY-MM-DD}: a group's meetings; {@code POST}: add an extra meeting. */
    public static final String GROUP_MEETINGS = "/api/groups/{groupId}/meetings";
    /** {@code POST}: plan the group's meetings from its cadence (idempotent). */
    public static final String GROUP_MEETINGS_GENERATE = "/api/groups/{groupId}/meetings/generate";
    /** {@code GET}: the group's action log. */
    public static final String GROUP_ACTIONS = "/api/groups/{groupId}/actions";
    /** {@code GET}: every decision in the current minutes of the group's meetings. */
    public static final String GROUP_DECISIONS = "/api/groups/{groupId}/decisions";
    /** {@code POST}: complete, cancel or reopen an action. */
    public static final String ACTION_STATUS = "/api/actions/{actionId}/status";
    public static final String MEETING = "/api/meetings/{meetingId}";
    public static final String MEETING_MOVE = "/api/meetings/{meetingId}/move";
    public static final String MEETING_CANCEL = "/api/meetings/{meetingId}/cancel";
    public static final String MEETING_HELD = "/api/meetings/{meetingId}/held";
    public static final String MEETING_CHANGES = "/api/meetings/{meetingId}/changes";
    public static final String MEETING_ATTENDANCE = "/api/meetings/{meetingId}/attendance";
    /** {@code PUT}: how one seat ({@code memberId}, a group member) was filled. */
    public static final String MEETING_ATTENDANCE_SEAT = "/api/meetings/{meetingId}/attendance/{memberId}";
    public static final String MEETING_QUORUM = "/api/meetings/{meetingId}/quorum";
    public static final String MEETING_AGENDA = "/api/meetings/{meetingId}/agenda";
    public static final String MEETING_AGENDA_ITEMS = "/api/meetings/{meetingId}/agenda/items";
    public static final String MEETING_AGENDA_ITEM_DECISION = "/api/meetings/{meetingId}/agenda/items/{itemId}/decision";
    public static final String MEETING_AGENDA_ORDER = "/api/meetings/{meetingId}/agenda/order";
    /** {@code GET}: the current minutes; {@code PUT}: write the draft. */
    public static final String MEETING_MINUTES = "/api/meetings/{meetingId}/minutes";
    public static final String MEETING_MINUTES_APPROVE = "/api/meetings/{meetingId}/minutes/approve";
    public static final String MEETING_MINUTES_AMENDMENTS = "/api/meetings/{meetingId}/minutes/amendments";
    public static final String MEETING_MINUTES_CIRCULATE = "/api/meetings/{meetingId}/minutes/circulate";
    public static final String MEETING_ACTIONS = "/api/meetings/{meetingId}/actions";

    private ApiPaths() {
    }
}
