package uk.reviewhub.ui.shell;

import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.ui.backend.SessionCredentials;

import java.util.List;
import java.util.Set;

/**
 * What a signed-in person may do, derived in this one place from what the backend says about them
 * (the roles in the {@code /api/me} answer) by the same partnership roles as the backend's
 * endpoint checks. Menus, routes ({@link Allowed}) and controls all ask here, so a person is shown
 * only what the backend would let them do. The backend still decides: a control hidden here only
 * spares the person a refusal. Within one review group, the meeting's {@code yourPart} (their seat
 * in the group) narrows these further.
 */
public enum Capability {

    /** Anyone signed in, platform users included (e.g. the deadline calculator). */
    SIGNED_IN(),
    /** Anyone with a role in the partnership: its groups, members, terms of reference, meetings, reports. */
    PARTNERSHIP(Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT),
    /** The review group's case work: dashboard, cases, the Composite Action Plan (not partnership admins). */
    CASE_WORK(Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT),
    /** Record and change cases, dates, rapid review facts and milestones. */
    RECORD_CASES(Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT),
    /** The chair's decisions: review decisions, commissioning, recommendations, actions, RAG overrides. */
    DECIDE(Roles.CHAIR, Roles.VICE_CHAIR),
    /** Partnership admin: templates, terms of reference, members and agencies. */
    ADMINISTER(Roles.PARTNERSHIP_ADMIN),
    /** The partnership's taxonomy of learning themes (add, rename, retire). */
    MANAGE_THEMES(Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR),
    /** The independent chair's days against the allocation. */
    CHAIR_DAYS(Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT),
    /** Log the chair's days (business support logs them on the chair's behalf). */
    LOG_CHAIR_DAYS(Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT),
    /** Report progress on actions (the group's people). */
    REPORT_PROGRESS(Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT),
    /** The development outbox of the partnership's mail. */
    OUTBOX(Roles.PARTNERSHIP_ADMIN, Roles.BUSINESS_SUPPORT),
    /** Keep a group's schedule: plan, add, move and cancel meetings (a group's own seat narrows it). */
    KEEP_SCHEDULE(Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT),
    /** Run a meeting: attendance, draft minutes, circulation, actions (a group's own seat narrows it). */
    RUN_MEETINGS(Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT),
    /**
     * Independent scrutiny's pages, to read: the programme, pieces (observations, evidence,
     * findings), the schedule and the framework. The scrutineers, and the partnership admin read-only
     * (the admin keeps the partnership's record; the backend lets the chair and vice chair read it too
     * through the API). Only partnerships whose pack turns scrutiny on have scrutineers; an admin
     * elsewhere is told the partnership does not run scrutiny.
     */
    SCRUTINY(Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN),
    /**
     * The scrutineers' work: record commissioned pieces, change them, move them on, log days, plan and
     * cancel observations, record observations, evidence and findings, recommend, write framework
     * versions (the backend narrows a piece's work to its lead and team).
     */
    SCRUTINY_WORK(Roles.SCRUTINEER),
    /** A new partnership's set-up checklist (its partnership admins). */
    SET_UP(Roles.PARTNERSHIP_ADMIN),
    /** Decide on requests for new partnerships (platform admins; no partnership's data). */
    PLATFORM_REGISTRATIONS(Roles.PLATFORM_ADMIN),
    /** The platform console: partnerships' status and counts, suspension, export and offboarding (platform admins). */
    PLATFORM(Roles.PLATFORM_ADMIN),
    /** The national figures across partnerships, aggregates only (platform roles). */
    NATIONAL(Roles.NATIONAL_VIEWER, Roles.PLATFORM_ADMIN),
    /**
     * The safeguarding service (child protection conferences, looked-after reviews): its children, their
     * episodes and conferences, and the diary (a chair: the children allocated to them). Opening episodes,
     * recording their events and scheduling conferences is for all three roles.
     */
    SAFEGUARDING(Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT),
    /** Record a child of the service and correct their details (manager and business support). */
    SAFEGUARDING_RECORD_CHILDREN(Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT),
    /** Allocate and reallocate a chair (the service manager). */
    SAFEGUARDING_ALLOCATE(Roles.SAFEGUARDING_MANAGER),
    /** The chairs' caseloads (manager and business support). */
    SAFEGUARDING_CASELOADS(Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT),
    /** Run a conference: invitees, attendance, held, participation, issue records, complete actions (chair and support). */
    SAFEGUARDING_RUN(Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT),
    /** The chair's decisions: a conference's outcome and a review's SMART actions. */
    SAFEGUARDING_DECIDE(Roles.SAFEGUARDING_CHAIR);

    private final Set<String> roles;

    Capability(String... roles) {
        this.roles = Set.of(roles);
    }

    /** Whether someone with these partnership roles has this capability. */
    public boolean grantedTo(List<String> partnershipRoles) {
        return this == SIGNED_IN || partnershipRoles.stream().anyMatch(roles::contains);
    }

    /** Whether the signed-in person has it (no one signed in: no). */
    public boolean granted() {
        return SessionCredentials.current().map(credentials -> grantedTo(credentials.me())).orElse(false);
    }

    private boolean grantedTo(Me me) {
        return grantedTo(rolesOf(me));
    }

    /** A person's partnership roles and platform roles together (each capability names the ones it needs). */
    private static List<String> rolesOf(Me me) {
        List<String> roles = new java.util.ArrayList<>(me == null || me.roles() == null ? List.of() : me.roles());
        if (me != null && me.platformRoles() != null) {
            roles.addAll(me.platformRoles());
        }
        return roles;
    }

    /** Where a person lands after signing in when they asked for no page: the first of these they may open. */
    public static String landingPath(Me me) {
        List<String> roles = rolesOf(me);
        if (CASE_WORK.grantedTo(roles)) {
            return "dashboard";
        }
        if (PARTNERSHIP.grantedTo(roles)) {
            return "";
        }
        if (PLATFORM.grantedTo(roles)) {
            return "platform/partnerships";
        }
        if (NATIONAL.grantedTo(roles)) {
            return "national";
        }
        if (SAFEGUARDING.grantedTo(roles)) {
            return "safeguarding/diary";
        }
        if (SCRUTINY.grantedTo(roles)) {
            return "scrutiny";
        }
        return "deadline-calculator";
    }

    /** The signed-in person's landing page. */
    public static String landingPath() {
        return landingPath(SessionCredentials.current().map(SessionCredentials::me).orElse(null));
    }
}
