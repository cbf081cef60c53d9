package uk.reviewhub.api;

/** The backend's HTTP paths, shared by its controllers and the UI's clients. */
public final class ApiPaths {
    public static final String SIGN_IN = "/api/auth/sign-in";
    public static final String REFRESH = "/api/auth/refresh";
    public static final String SIGN_OUT = "/api/auth/sign-out";
    /** {@code POST} (public): how a person with this email signs in, answered from its domain alone. */
    public static final String SIGN_IN_METHOD = "/api/auth/sign-in-method";
    /** {@code POST} (public): begin signing in through the partnership's organisation (OpenID Connect). */
    public static final String SSO_START = "/api/auth/sso/start";
    /** {@code POST} (public): finish it with the provider's answer (code and state): a token pair. */
    public static final String SSO_FINISH = "/api/auth/sso/finish";
    /** {@code GET}, {@code PUT}: the partnership's single sign-on settings (partnership admins). */
    public static final String SSO_SETTINGS = "/api/partnership/sso";
    public static final String ME = "/api/me";
    /** {@code POST}: work in another of the signed-in person's partnerships (new tokens; the old ones end). */
    public static final String SWITCH_PARTNERSHIP = "/api/me/partnership";
    public static final String PARTNERSHIP = "/api/partnership";
    /** {@code GET}: the partnership's invitations; {@code POST}: invite a person (partnership admins). */
    public static final String INVITATIONS = "/api/invitations";
    /** {@code POST}: send the invitation again with a new link; the old link no longer works. */
    public static final String INVITATION_RESEND = "/api/invitations/{invitationId}/resend";
    /** {@code POST}: revoke the invitation; its link no longer works. */
    public static final String INVITATION_REVOKE = "/api/invitations/{invitationId}/revoke";
    /** {@code POST} (public): what an invitation link offers. */
    public static final String INVITATION_LINK = "/api/invitations/link";
    /** {@code POST} (public): accept an invitation, creating the account or adding the role to the existing one. */
    public static final String INVITATION_ACCEPT = "/api/invitations/accept";
    public static final String AGENCIES = "/api/agencies";
    public static final String GROUPS = "/api/groups";
    /** {@code /api/groups/{groupId}/members} */
    public static final String GROUP_MEMBERS = "/api/groups/{groupId}/members";
    /** {@code /api/groups/{groupId}/terms-of-reference} */
    public static final String GROUP_TERMS_OF_REFERENCE = "/api/groups/{groupId}/terms-of-reference";
    /** {@code GET}: every version of the group's terms of reference, newest first, with the review reminder. */
    public static final String GROUP_TERMS_OF_REFERENCE_VERSIONS = "/api/groups/{groupId}/terms-of-reference/versions";

    /** {@code GET /api/calendar/due?start=YYYY-MM-DD&workingDays=N} (N may be negative), {@code &months=N} or {@code &clock=CODE}. */
    public static final String CALENDAR_DUE = "/api/calendar/due";
    /** {@code GET /api/calendar/clocks}: the signed-in partnership's clocks by code and name, for {@code CALENDAR_DUE?clock=CODE}. */
    public static final String CALENDAR_CLOCKS = "/api/calendar/clocks";

    /**
     * {@code GET /api/cases?page=0&size=50}: a page of the cases, newest first (the body is the page's
     * rows; the total is in {@link #TOTAL_COUNT_HEADER}).
     */
    public static final String CASES = "/api/cases";
    public static final String CASE = "/api/cases/{caseId}";
    public static final String CASE_TIMELINE = "/api/cases/{caseId}/timeline";
    public static final String CASE_RAPID_REVIEW = "/api/cases/{caseId}/rapid-review";
    public static final String CASE_DECISION = "/api/cases/{caseId}/decision";
    public static final String CASE_REVIEW = "/api/cases/{caseId}/review";
    public static final String CASE_MILESTONES = "/api/cases/{caseId}/review/milestones";
    public static final String MILESTONE = "/api/milestones/{milestoneId}";
    public static final String CASE_RECOMMENDATIONS = "/api/cases/{caseId}/review/recommendations";
    public static final String RECOMMENDATION = "/api/recommendations/{recommendationId}";
    /** Actions whose source is the review itself. */
    public static final String CASE_ACTIONS = "/api/cases/{caseId}/review/actions";
    /** Actions whose source is a recommendation. */
    public static final String RECOMMENDATION_ACTIONS = "/api/recommendations/{recommendationId}/actions";
    public static final String ACTION = "/api/actions/{actionId}";
    public static final String ACTION_RAG_OVERRIDE = "/api/actions/{actionId}/rag-override";
    /**
     * {@code GET /api/cap?agency=<uuid>&status=RED|AMBER|GREEN|BLUE&overdue=true&source=REVIEW|RECOMMENDATION&page=0&size=50}:
     * a page of the matching actions, by due date (the total is in {@link #TOTAL_COUNT_HEADER}).
     */
    public static final String CAP = "/api/cap";
    /** The same filters as {@link #CAP}, as CSV (RFC 4180). */
    public static final String CAP_CSV = "/api/cap.csv";
    public static final String LEARNING_THEMES = "/api/learning-themes";
    /** {@code ?year=2025} is the financial year 1 April 2025 to 31 March 2026; default the current one. */
    public static final String LEARNING_THEME_SUMMARY = "/api/learning-themes/summary";
    public static final String CASE_THEMES = "/api/cases/{caseId}/themes";
    public static final String REVIEW_THEMES = "/api/cases/{caseId}/review/themes";
    /** {@code PUT}: rename a theme (partnership admins and chairs). */
    public static final String LEARNING_THEME = "/api/learning-themes/{themeId}";
    /** {@code POST}: retire a theme; it stays on past cases and reviews but can no longer be attached. */
    public static final String LEARNING_THEME_RETIREMENT = "/api/learning-themes/{themeId}/retire";
    /** {@code DELETE}: detach a theme from a case. */
    public static final String CASE_THEME = "/api/cases/{caseId}/themes/{themeId}";
    /** {@code DELETE}: detach a theme from the case's commissioned review. */
    public static final String REVIEW_THEME = "/api/cases/{caseId}/review/themes/{themeId}";
    public static final String DASHBOARD = "/api/dashboard";
    /** {@code ?page=0&size=50}, newest first. Partnership admins only. */
    public static final String AUDIT = "/api/audit";
    /** {@code GET ?from=YYYY-MM-DD&to=YYYY-MM-DD}: a group's meetings; {@code POST}: add an extra meeting. */
    public static final String GROUP_MEETINGS = "/api/groups/{groupId}/meetings";
    /** {@code POST}: plan the group's meetings from its cadence (idempotent). */
    public static final String GROUP_MEETINGS_GENERATE = "/api/groups/{groupId}/meetings/generate";
    /** {@code GET}: the group's action log. */
    public static final String GROUP_ACTIONS = "/api/groups/{groupId}/actions";
    /** {@code GET}: every decision in the current minutes of the group's meetings. */
    public static final String GROUP_DECISIONS = "/api/groups/{groupId}/decisions";
    /** {@code POST}: complete, cancel or reopen an action from a meeting (case review actions are under /api/actions). */
    public static final String MEETING_ACTION_STATUS = "/api/meeting-actions/{actionId}/status";
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

    /** {@code POST}: a new calendar feed (answers its URLs once); {@code GET}: the user's feeds. */
    public static final String CALENDAR_FEEDS = "/api/calendar-feeds";
    /** {@code DELETE}: revoke a calendar feed. */
    public static final String CALENDAR_FEED = "/api/calendar-feeds/{feedId}";
    /** Anonymous but token-gated: one group's meetings as iCalendar. */
    public static final String ICAL_GROUP = "/ical/{token}/group/{groupId}.ics";
    /** Anonymous but token-gated: the meetings of every group in which the feed's user has a seat. */
    public static final String ICAL_MEMBER = "/ical/{token}/member.ics";

    /** {@code POST} (multipart, part {@code file}): attach a paper; {@code GET}: the item's papers. */
    public static final String AGENDA_ITEM_PAPERS = "/api/agenda-items/{itemId}/papers";
    /** {@code GET}: download a paper (always as an attachment). */
    public static final String PAPER = "/api/papers/{paperId}";
    // ---- agenda publishing and meeting documents (agenda-docs)
    /** {@code GET}: every published revision of the agenda, newest first; {@code POST} ({@code PublishAgendaRequest}): publish it. */
    public static final String MEETING_AGENDA_PUBLICATIONS = "/api/meetings/{meetingId}/agenda/publications";
    /** {@code GET /api/meetings/{meetingId}/agenda.pdf} or {@code .docx}: the agenda from the partnership's template. */
    public static final String MEETING_AGENDA_DOCUMENT = "/api/meetings/{meetingId}/agenda.{format}";
    /** {@code GET /api/meetings/{meetingId}/minutes.pdf} or {@code .docx}: the current minutes; a draft is marked DRAFT. */
    public static final String MEETING_MINUTES_DOCUMENT = "/api/meetings/{meetingId}/minutes.{format}";

    /** Paged lists (case list, CAP): the page when {@code size} is absent, and the largest {@code size} allowed. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    /** Response headers of paged lists: how many rows match in all, and the page and size answered. */
    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";
    public static final String PAGE_HEADER = "X-Page";
    public static final String PAGE_SIZE_HEADER = "X-Page-Size";
    /** {@code GET} the current template of every kind (partnership admins). */
    public static final String TEMPLATES = "/api/templates";
    /** {@code GET} the current template of a kind; {@code PUT} a new version ({@code TemplateUpdate}). */
    public static final String TEMPLATE = "/api/templates/{kind}";
    /** {@code POST} a template text: rendered against sample data, not saved. */
    public static final String TEMPLATE_PREVIEW = "/api/templates/{kind}/preview";
    /** {@code GET} the sample data a template of the kind is checked against (the fields it may use). */
    public static final String TEMPLATE_SAMPLE = "/api/templates/{kind}/sample";
    /** {@code GET /api/documents/terms-of-reference/{groupId}.pdf} or {@code .docx}. */
    public static final String TERMS_OF_REFERENCE_DOCUMENT = "/api/documents/terms-of-reference/{file}";
    /** {@code GET} the partnership's sent and held messages, newest first (partnership admins and business support). */
    public static final String OUTBOX = "/api/outbox";

    /** {@code GET ?status=OPEN|DONE}: the chair's follow-ups of second consecutive apologies. */
    public static final String FOLLOW_UPS = "/api/follow-ups";
    /** {@code POST}: mark a follow-up done. */
    public static final String FOLLOW_UP_DONE = "/api/follow-ups/{followUpId}/done";
    /** {@code GET /api/follow-ups/{id}/letter.pdf}, {@code .docx} or {@code .html}. */
    public static final String FOLLOW_UP_LETTER = "/api/follow-ups/{followUpId}/{file}";

    /** {@code GET ?from=YYYY-MM-DD&to=YYYY-MM-DD}: the group's performance measures with traffic lights. */
    public static final String GROUP_PERFORMANCE = "/api/groups/{groupId}/performance";

    /** {@code GET ?group=<uuid>&year=2025}: the chair's days in the year from 1 April; {@code POST}: log a day. */
    public static final String CHAIR_DAYS = "/api/chair-days";
    /** {@code GET ?group=<uuid>&year=2025&quarter=1..4} (quarter 1 is April to June): the timesheet as CSV. */
    public static final String CHAIR_DAYS_TIMESHEET = "/api/chair-days/timesheet.csv";

    // Reminders (issue 4, item 9).
    /** {@code GET}: the partnership's reminders and notices, one per recipient, with status SENT, HELD, FAILED or PENDING (admins). */
    public static final String REMINDERS = "/api/reminders";

    // Admin views (templates, performance report): added by the admin-ui change.
    /** {@code GET} every saved version of a template kind, newest first (partnership admins). */
    public static final String TEMPLATE_VERSIONS = "/api/templates/{kind}/versions";
    /**
     * {@code GET /api/groups/{groupId}/performance/report.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD} (or
     * {@code report.docx}, {@code report.html}): the performance report from the partnership's template.
     */
    public static final String GROUP_PERFORMANCE_REPORT = "/api/groups/{groupId}/performance/{file}";

    // -- Membership management (partnership admins write; every partnership role reads) ---------
    // GET GROUP_MEMBERS takes ?status=current|all (default all: former members too); POST adds a seat.
    // POST AGENCIES adds an agency.
    /** {@code PUT}: change a seat ({@code MemberRequest} with the version read). */
    public static final String GROUP_MEMBER = "/api/groups/{groupId}/members/{memberId}";
    /** {@code POST}: end a seat ({@code EndMembershipRequest}); it stays as a former member. */
    public static final String GROUP_MEMBER_END = "/api/groups/{groupId}/members/{memberId}/end";
    /** {@code GET}: the seat's history, oldest first. */
    public static final String GROUP_MEMBER_HISTORY = "/api/groups/{groupId}/members/{memberId}/history";
    /** {@code GET}: the history of every seat of the group, oldest first. */
    public static final String GROUP_MEMBERS_HISTORY = "/api/groups/{groupId}/members-history";
    /** {@code PUT}: rename an agency, change its kind or statutory status, record or clear its compact date. */
    public static final String AGENCY = "/api/agencies/{agencyId}";
    /** {@code GET}: the agency's history, oldest first. */
    public static final String AGENCY_HISTORY = "/api/agencies/{agencyId}/history";
    /** {@code GET}: the people with a role in the partnership, to link seats to (partnership admins). */
    public static final String PARTNERSHIP_PEOPLE = "/api/partnership/people";
    /** {@code GET}: everyone's partnership roles with their start and end dates, former ones too (partnership admins). */
    public static final String PARTNERSHIP_ROLES = "/api/partnership/roles";
    /** {@code PUT}: change a person's partnership roles, agency, start or end ({@code PartnershipRoleRequest}, version read). */
    public static final String PARTNERSHIP_ROLE = "/api/partnership/roles/{roleId}";
    /** {@code POST}: end a person's partnership roles ({@code EndRoleRequest}); their access ends with them. */
    public static final String PARTNERSHIP_ROLE_END = "/api/partnership/roles/{roleId}/end";
    /** {@code GET}: the history of a person's partnership roles, oldest first. */
    public static final String PARTNERSHIP_ROLE_HISTORY = "/api/partnership/roles/{roleId}/history";
    // -- end of membership management ---------------------------------------------------------

    private ApiPaths() {
    }
}
