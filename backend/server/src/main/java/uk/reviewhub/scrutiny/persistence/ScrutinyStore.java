package uk.reviewhub.scrutiny.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.reviewhub.api.vocabulary.EvidenceKind;
import uk.reviewhub.api.vocabulary.ObservedSettingKind;
import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;
import uk.reviewhub.database.VersionedUpdate;
import uk.reviewhub.database.jooq.tables.AppUser;
import uk.reviewhub.scrutiny.domain.Evidence;
import uk.reviewhub.scrutiny.domain.Finding;
import uk.reviewhub.scrutiny.domain.NewFinding;
import uk.reviewhub.scrutiny.domain.PieceChange;
import uk.reviewhub.scrutiny.domain.Framework;
import uk.reviewhub.scrutiny.domain.LoggedDay;
import uk.reviewhub.scrutiny.domain.NewEvidence;
import uk.reviewhub.scrutiny.domain.NewFramework;
import uk.reviewhub.scrutiny.domain.NewObservation;
import uk.reviewhub.scrutiny.domain.NewPiece;
import uk.reviewhub.scrutiny.domain.NewScheduled;
import uk.reviewhub.scrutiny.domain.Observation;
import uk.reviewhub.scrutiny.domain.Person;
import uk.reviewhub.scrutiny.domain.Piece;
import uk.reviewhub.scrutiny.domain.Scheduled;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.CHAIR_DAY;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_EVIDENCE;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FINDING;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FINDING_SUPPORT;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_RECOMMENDATION;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FRAMEWORK;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FRAMEWORK_DOMAIN;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_OBSERVATION;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_PIECE;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_RATING;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_SCHEDULE;

/**
 * Independent scrutiny's rows (V25, V35, V39) and the scrutineers' rows of {@code chair_day}, on the
 * generated schema; row-level security scopes every query to the bound partnership. Answers the
 * domain's records.
 */
@Singleton
public class ScrutinyStore {

    public static final String SCRUTINEER_ROLE = "SCRUTINEER";

    private static final AppUser LEAD = APP_USER.as("lead");
    private static final AppUser CREATOR = APP_USER.as("creator");

    private final DSLContext dsl;

    ScrutinyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // -- settings and people -------------------------------------------------------------------------

    /**
     * Scrutiny as the pack set it: on or off, the id of the group whose chair's days it shares (empty:
     * none) and the partnership's finding ratings, best first (empty when scrutiny is off).
     */
    public record Settings(boolean enabled, Optional<UUID> daysGroupId, List<String> findingRatings) {
    }

    public Settings settings() {
        var row = dsl.select(PARTNERSHIP.SCRUTINY_ENABLED, PARTNERSHIP.SCRUTINY_DAYS_GROUP, PARTNERSHIP.SCRUTINY_FINDING_RATINGS)
                .from(PARTNERSHIP).fetchOptional();
        boolean enabled = row.map(r -> Boolean.TRUE.equals(r.value1())).orElse(false);
        String code = row.map(r -> r.value2()).orElse(null);
        List<String> ratings = row.map(r -> r.value3()).map(a -> List.copyOf(Arrays.asList(a))).orElse(List.of());
        Optional<UUID> group = code == null ? Optional.empty()
                : dsl.select(REVIEW_GROUP.ID).from(REVIEW_GROUP).where(REVIEW_GROUP.CODE.eq(code)).fetchOptional(REVIEW_GROUP.ID);
        return new Settings(enabled, group, ratings);
    }

    /** The people who hold the scrutineer's role on {@code today}, by name. */
    public List<Person> scrutineers(LocalDate today) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(PARTNERSHIP_MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(PARTNERSHIP_MEMBERSHIP.USER_ID))
                .where(PARTNERSHIP_MEMBERSHIP.ROLES.contains(new String[] {SCRUTINEER_ROLE}))
                .and(PARTNERSHIP_MEMBERSHIP.START_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.START_DATE.le(today)))
                .and(PARTNERSHIP_MEMBERSHIP.END_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.END_DATE.ge(today)))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new Person(r.value1(), r.value2()));
    }

    private Map<UUID, Person> people(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.in(ids))
                .fetchMap(r -> r.value1(), r -> new Person(r.value1(), r.value2()));
    }

    // -- pieces --------------------------------------------------------------------------------------

    public UUID insertPiece(NewPiece p, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SCRUTINY_PIECE)
                .set(SCRUTINY_PIECE.TENANT_ID, currentTenantId())
                .set(SCRUTINY_PIECE.ID, id)
                .set(SCRUTINY_PIECE.TITLE, p.title())
                .set(SCRUTINY_PIECE.SCOPE, p.scope())
                .set(SCRUTINY_PIECE.QUESTIONS, p.questions().toArray(String[]::new))
                .set(SCRUTINY_PIECE.METHODOLOGY, p.methodology().stream().map(Enum::name).toArray(String[]::new))
                .set(SCRUTINY_PIECE.COMMISSIONED_BY, p.commissionedBy())
                .set(SCRUTINY_PIECE.COMMISSIONED_ON, p.commissionedOn())
                .set(SCRUTINY_PIECE.LEAD_USER_ID, p.leadId())
                .set(SCRUTINY_PIECE.TEAM, p.teamIds().toArray(UUID[]::new))
                .set(SCRUTINY_PIECE.AGREED_REPORT_BY, p.agreedReportBy())
                .set(SCRUTINY_PIECE.CREATED_BY, createdBy)
                .execute();
        return id;
    }

    public List<Piece> pieces() {
        return pieces(DSL.noCondition(), false);
    }

    public Optional<Piece> piece(UUID id) {
        return pieces(SCRUTINY_PIECE.ID.eq(id), false).stream().findFirst();
    }

    public Optional<Piece> pieceForUpdate(UUID id) {
        return pieces(SCRUTINY_PIECE.ID.eq(id), true).stream().findFirst();
    }

    private List<Piece> pieces(org.jooq.Condition where, boolean forUpdate) {
        var query = dsl.select(SCRUTINY_PIECE.asterisk(), LEAD.DISPLAY_NAME).from(SCRUTINY_PIECE)
                .join(LEAD).on(LEAD.ID.eq(SCRUTINY_PIECE.LEAD_USER_ID))
                .where(where)
                .orderBy(SCRUTINY_PIECE.COMMISSIONED_ON.desc(), SCRUTINY_PIECE.TITLE, SCRUTINY_PIECE.ID);
        List<? extends Record> rows = forUpdate ? query.forUpdate().of(SCRUTINY_PIECE).fetch() : query.fetch();
        Map<UUID, Person> team = people(rows.stream().flatMap(r -> Arrays.stream(r.get(SCRUTINY_PIECE.TEAM))).collect(Collectors.toSet()));
        return rows.stream().map(r -> new Piece(r.get(SCRUTINY_PIECE.ID), r.get(SCRUTINY_PIECE.TITLE), r.get(SCRUTINY_PIECE.SCOPE),
                List.of(r.get(SCRUTINY_PIECE.QUESTIONS)),
                Arrays.stream(r.get(SCRUTINY_PIECE.METHODOLOGY)).map(ScrutinyMethod::valueOf).toList(),
                r.get(SCRUTINY_PIECE.COMMISSIONED_BY), r.get(SCRUTINY_PIECE.COMMISSIONED_ON),
                new Person(r.get(SCRUTINY_PIECE.LEAD_USER_ID), r.get(LEAD.DISPLAY_NAME)),
                Arrays.stream(r.get(SCRUTINY_PIECE.TEAM)).map(team::get).toList(),
                r.get(SCRUTINY_PIECE.AGREED_REPORT_BY), ScrutinyStatus.valueOf(r.get(SCRUTINY_PIECE.STATUS)),
                r.get(SCRUTINY_PIECE.REPORTED_ON), r.get(SCRUTINY_PIECE.VERSION))).toList();
    }

    /** Moves the piece on if it is still at {@code version}; answers whether it was. */
    public boolean updateStatus(UUID id, int version, ScrutinyStatus status, LocalDate reportedOn) {
        return VersionedUpdate.execute(dsl.update(SCRUTINY_PIECE)
                .set(SCRUTINY_PIECE.STATUS, status.name())
                .set(SCRUTINY_PIECE.REPORTED_ON, reportedOn),
                SCRUTINY_PIECE.ID, id, SCRUTINY_PIECE.VERSION, version);
    }

    /** Changes the piece's commission if it is still at the change's version; answers whether it was. */
    public boolean updatePiece(UUID id, PieceChange c) {
        return VersionedUpdate.execute(dsl.update(SCRUTINY_PIECE)
                .set(SCRUTINY_PIECE.TITLE, c.title())
                .set(SCRUTINY_PIECE.SCOPE, c.scope())
                .set(SCRUTINY_PIECE.QUESTIONS, c.questions().toArray(String[]::new))
                .set(SCRUTINY_PIECE.METHODOLOGY, c.methodology().stream().map(Enum::name).toArray(String[]::new))
                .set(SCRUTINY_PIECE.LEAD_USER_ID, c.leadId())
                .set(SCRUTINY_PIECE.TEAM, c.teamIds().toArray(UUID[]::new))
                .set(SCRUTINY_PIECE.AGREED_REPORT_BY, c.agreedReportBy()),
                SCRUTINY_PIECE.ID, id, SCRUTINY_PIECE.VERSION, c.version());
    }

    /** How many observations are recorded on the piece. */
    public int observationCount(UUID pieceId) {
        return dsl.fetchCount(SCRUTINY_OBSERVATION, SCRUTINY_OBSERVATION.PIECE_ID.eq(pieceId));
    }

    // -- days ----------------------------------------------------------------------------------------

    public List<LoggedDay> days(UUID pieceId) {
        return dsl.select(CHAIR_DAY.ID, CHAIR_DAY.WORKED_ON, CHAIR_DAY.DAYS, CHAIR_DAY.DESCRIPTION, CHAIR_DAY.WORKED_BY,
                        APP_USER.DISPLAY_NAME, CHAIR_DAY.LOGGED_AT)
                .from(CHAIR_DAY).join(APP_USER).on(APP_USER.ID.eq(CHAIR_DAY.WORKED_BY))
                .where(CHAIR_DAY.SCRUTINY_PIECE_ID.eq(pieceId))
                .orderBy(CHAIR_DAY.WORKED_ON, CHAIR_DAY.LOGGED_AT, CHAIR_DAY.ID)
                .fetch(r -> new LoggedDay(r.value1(), r.value2(), r.value3(), r.value4(), new Person(r.value5(), r.value6()),
                        r.value7().toInstant()));
    }

    /** Holds, until the transaction ends, the lock on the scrutineer's {@code day}. */
    public void lockDay(UUID userId, LocalDate day) {
        dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class,
                DSL.function("hashtextextended", Long.class, DSL.val("scrutiny_day:" + userId + ":" + day), DSL.val(0)))).fetch();
    }

    /** The days of scrutiny the person already logged on {@code day}, on any piece. */
    public BigDecimal daysOn(UUID userId, LocalDate day) {
        BigDecimal total = dsl.select(DSL.sum(CHAIR_DAY.DAYS)).from(CHAIR_DAY)
                .where(CHAIR_DAY.WORKED_BY.eq(userId)).and(CHAIR_DAY.WORKED_ON.eq(day)).fetchOne(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    public void insertDay(UUID groupId, UUID pieceId, UUID workedBy, LocalDate workedOn, BigDecimal days, String description) {
        dsl.insertInto(CHAIR_DAY)
                .set(CHAIR_DAY.TENANT_ID, currentTenantId())
                .set(CHAIR_DAY.ID, UUID.randomUUID())
                .set(CHAIR_DAY.GROUP_ID, groupId)
                .set(CHAIR_DAY.WORKED_ON, workedOn)
                .set(CHAIR_DAY.DAYS, days)
                .set(CHAIR_DAY.DESCRIPTION, description)
                .set(CHAIR_DAY.LOGGED_BY, workedBy)
                .set(CHAIR_DAY.WORKED_BY, workedBy)
                .set(CHAIR_DAY.SCRUTINY_PIECE_ID, pieceId)
                .execute();
    }

    // -- the framework -------------------------------------------------------------------------------

    public List<Framework> frameworks() {
        return frameworks(DSL.noCondition());
    }

    public Optional<Framework> framework(int version) {
        return frameworks(SCRUTINY_FRAMEWORK.VERSION.eq(version)).stream().findFirst();
    }

    public Optional<Framework> latestFramework() {
        return frameworks().stream().findFirst();
    }

    /** Newest first. */
    private List<Framework> frameworks(org.jooq.Condition where) {
        var rows = dsl.select(SCRUTINY_FRAMEWORK.asterisk(), CREATOR.DISPLAY_NAME).from(SCRUTINY_FRAMEWORK)
                .leftJoin(CREATOR).on(CREATOR.ID.eq(SCRUTINY_FRAMEWORK.CREATED_BY))
                .where(where).orderBy(SCRUTINY_FRAMEWORK.VERSION.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Framework.Domain>> domains = new LinkedHashMap<>();
        dsl.selectFrom(SCRUTINY_FRAMEWORK_DOMAIN)
                .where(SCRUTINY_FRAMEWORK_DOMAIN.FRAMEWORK_ID.in(rows.map(r -> r.get(SCRUTINY_FRAMEWORK.ID))))
                .orderBy(SCRUTINY_FRAMEWORK_DOMAIN.FRAMEWORK_ID, SCRUTINY_FRAMEWORK_DOMAIN.POSITION)
                .forEach(d -> domains.computeIfAbsent(d.getFrameworkId(), k -> new java.util.ArrayList<>())
                        .add(new Framework.Domain(d.getCode(), d.getName(), d.getGuidance(), List.of(d.getPrompts()),
                                List.of(d.getRatingScale()))));
        return rows.map(r -> {
            UUID createdBy = r.get(SCRUTINY_FRAMEWORK.CREATED_BY);
            return new Framework(r.get(SCRUTINY_FRAMEWORK.ID), r.get(SCRUTINY_FRAMEWORK.VERSION), r.get(SCRUTINY_FRAMEWORK.NAME),
                    r.get(SCRUTINY_FRAMEWORK.GUIDANCE), r.get(SCRUTINY_FRAMEWORK.SOURCE),
                    createdBy == null ? null : new Person(createdBy, r.get(CREATOR.DISPLAY_NAME)),
                    r.get(SCRUTINY_FRAMEWORK.CREATED_AT).toInstant(),
                    domains.getOrDefault(r.get(SCRUTINY_FRAMEWORK.ID), List.of()));
        });
    }

    /** Holds, until the transaction ends, the lock on the partnership's framework (one new version at a time). */
    public void lockFramework() {
        dsl.select(DSL.field("pg_advisory_xact_lock({0})", Object.class,
                DSL.function("hashtextextended", Long.class, DSL.concat(DSL.val("scrutiny_framework:"),
                        currentTenantId().cast(String.class)), DSL.val(0)))).fetch();
    }

    public void insertFramework(int version, NewFramework f, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SCRUTINY_FRAMEWORK)
                .set(SCRUTINY_FRAMEWORK.TENANT_ID, currentTenantId())
                .set(SCRUTINY_FRAMEWORK.ID, id)
                .set(SCRUTINY_FRAMEWORK.VERSION, version)
                .set(SCRUTINY_FRAMEWORK.NAME, f.name())
                .set(SCRUTINY_FRAMEWORK.GUIDANCE, f.guidance())
                .set(SCRUTINY_FRAMEWORK.SOURCE, "SCRUTINEER")
                .set(SCRUTINY_FRAMEWORK.CREATED_BY, createdBy)
                .execute();
        for (int i = 0; i < f.domains().size(); i++) {
            Framework.Domain d = f.domains().get(i);
            dsl.insertInto(SCRUTINY_FRAMEWORK_DOMAIN)
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.TENANT_ID, currentTenantId())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.FRAMEWORK_ID, id)
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.POSITION, i)
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.CODE, d.code())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.NAME, d.name())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.GUIDANCE, d.guidance())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.PROMPTS, d.prompts().toArray(String[]::new))
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.RATING_SCALE, d.ratingScale().toArray(String[]::new))
                    .execute();
        }
    }

    // -- observations --------------------------------------------------------------------------------

    public UUID insertObservation(UUID pieceId, Framework framework, NewObservation o, UUID observer) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SCRUTINY_OBSERVATION)
                .set(SCRUTINY_OBSERVATION.TENANT_ID, currentTenantId())
                .set(SCRUTINY_OBSERVATION.ID, id)
                .set(SCRUTINY_OBSERVATION.PIECE_ID, pieceId)
                .set(SCRUTINY_OBSERVATION.FRAMEWORK_ID, framework.id())
                .set(SCRUTINY_OBSERVATION.OBSERVED_ON, o.observedOn())
                .set(SCRUTINY_OBSERVATION.SETTING, o.setting())
                .set(SCRUTINY_OBSERVATION.OBSERVER_USER_ID, observer)
                .set(SCRUTINY_OBSERVATION.EVIDENCE, o.evidence())
                .set(SCRUTINY_OBSERVATION.STRENGTHS, o.strengths())
                .set(SCRUTINY_OBSERVATION.AREAS_FOR_DEVELOPMENT, o.areasForDevelopment())
                .set(SCRUTINY_OBSERVATION.PRACTITIONER_FEEDBACK, o.practitionerFeedback())
                .set(SCRUTINY_OBSERVATION.RECORDED_BY, observer)
                .execute();
        for (NewObservation.RatingInput rating : o.ratings()) {
            dsl.insertInto(SCRUTINY_RATING)
                    .set(SCRUTINY_RATING.TENANT_ID, currentTenantId())
                    .set(SCRUTINY_RATING.OBSERVATION_ID, id)
                    .set(SCRUTINY_RATING.DOMAIN_CODE, rating.domain())
                    .set(SCRUTINY_RATING.RATING, rating.rating())
                    .execute();
        }
        return id;
    }

    /** The piece's observations, by date observed; each rating named as its own framework version names the domain. */
    public List<Observation> observations(UUID pieceId) {
        return observations(SCRUTINY_OBSERVATION.PIECE_ID.eq(pieceId));
    }

    public Optional<Observation> observation(UUID id) {
        return observations(SCRUTINY_OBSERVATION.ID.eq(id)).stream().findFirst();
    }

    private List<Observation> observations(org.jooq.Condition where) {
        var rows = dsl.select(SCRUTINY_OBSERVATION.asterisk(), APP_USER.DISPLAY_NAME, SCRUTINY_FRAMEWORK.VERSION)
                .from(SCRUTINY_OBSERVATION)
                .join(APP_USER).on(APP_USER.ID.eq(SCRUTINY_OBSERVATION.OBSERVER_USER_ID))
                .join(SCRUTINY_FRAMEWORK).on(SCRUTINY_FRAMEWORK.ID.eq(SCRUTINY_OBSERVATION.FRAMEWORK_ID))
                .where(where)
                .orderBy(SCRUTINY_OBSERVATION.OBSERVED_ON, SCRUTINY_OBSERVATION.RECORDED_AT, SCRUTINY_OBSERVATION.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Observation.Rating>> ratings = new LinkedHashMap<>();
        dsl.select(SCRUTINY_RATING.OBSERVATION_ID, SCRUTINY_RATING.DOMAIN_CODE, SCRUTINY_FRAMEWORK_DOMAIN.NAME, SCRUTINY_RATING.RATING)
                .from(SCRUTINY_RATING)
                .join(SCRUTINY_OBSERVATION).on(SCRUTINY_OBSERVATION.ID.eq(SCRUTINY_RATING.OBSERVATION_ID))
                .join(SCRUTINY_FRAMEWORK_DOMAIN).on(SCRUTINY_FRAMEWORK_DOMAIN.FRAMEWORK_ID.eq(SCRUTINY_OBSERVATION.FRAMEWORK_ID)
                        .and(SCRUTINY_FRAMEWORK_DOMAIN.CODE.eq(SCRUTINY_RATING.DOMAIN_CODE)))
                .where(SCRUTINY_RATING.OBSERVATION_ID.in(rows.map(r -> r.get(SCRUTINY_OBSERVATION.ID))))
                .orderBy(SCRUTINY_RATING.OBSERVATION_ID, SCRUTINY_FRAMEWORK_DOMAIN.POSITION)
                .forEach(r -> ratings.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new Observation.Rating(r.value2(), r.value3(), r.value4())));
        return rows.map(r -> new Observation(r.get(SCRUTINY_OBSERVATION.ID), r.get(SCRUTINY_OBSERVATION.PIECE_ID),
                r.get(SCRUTINY_OBSERVATION.OBSERVED_ON), r.get(SCRUTINY_OBSERVATION.SETTING),
                new Person(r.get(SCRUTINY_OBSERVATION.OBSERVER_USER_ID), r.get(APP_USER.DISPLAY_NAME)),
                r.get(SCRUTINY_FRAMEWORK.VERSION), ratings.getOrDefault(r.get(SCRUTINY_OBSERVATION.ID), List.of()),
                r.get(SCRUTINY_OBSERVATION.EVIDENCE), r.get(SCRUTINY_OBSERVATION.STRENGTHS),
                r.get(SCRUTINY_OBSERVATION.AREAS_FOR_DEVELOPMENT), r.get(SCRUTINY_OBSERVATION.PRACTITIONER_FEEDBACK),
                r.get(SCRUTINY_OBSERVATION.RECORDED_AT).toInstant()));
    }

    // -- the observation schedule --------------------------------------------------------------------

    public UUID insertScheduled(UUID pieceId, NewScheduled s, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SCRUTINY_SCHEDULE)
                .set(SCRUTINY_SCHEDULE.TENANT_ID, currentTenantId())
                .set(SCRUTINY_SCHEDULE.ID, id)
                .set(SCRUTINY_SCHEDULE.PIECE_ID, pieceId)
                .set(SCRUTINY_SCHEDULE.OBSERVED_ON, s.observedOn())
                .set(SCRUTINY_SCHEDULE.STARTS_AT, s.startsAt())
                .set(SCRUTINY_SCHEDULE.ENDS_AT, s.endsAt())
                .set(SCRUTINY_SCHEDULE.SETTING, s.setting())
                .set(SCRUTINY_SCHEDULE.SETTING_KIND, s.settingKind().name())
                .set(SCRUTINY_SCHEDULE.OBSERVER_USER_ID, s.observerId())
                .set(SCRUTINY_SCHEDULE.LOCATION, s.location())
                .set(SCRUTINY_SCHEDULE.CREATED_BY, createdBy)
                .execute();
        return id;
    }

    /** The planned observations from {@code from} to {@code to} (both included), by day and time. */
    public List<Scheduled> scheduled(LocalDate from, LocalDate to) {
        return scheduled(SCRUTINY_SCHEDULE.OBSERVED_ON.between(from, to), false);
    }

    /** The planned observations from {@code from} on, of any piece. */
    public List<Scheduled> scheduledFrom(LocalDate from) {
        return scheduled(SCRUTINY_SCHEDULE.OBSERVED_ON.ge(from), false);
    }

    /** The observations {@code observer} is planned to make from {@code from} to {@code to}. */
    public List<Scheduled> scheduledFor(UUID observer, LocalDate from, LocalDate to) {
        return scheduled(SCRUTINY_SCHEDULE.OBSERVER_USER_ID.eq(observer).and(SCRUTINY_SCHEDULE.OBSERVED_ON.between(from, to)), false);
    }

    public Optional<Scheduled> scheduledForUpdate(UUID id) {
        return scheduled(SCRUTINY_SCHEDULE.ID.eq(id), true).stream().findFirst();
    }

    public Optional<Scheduled> scheduledOne(UUID id) {
        return scheduled(SCRUTINY_SCHEDULE.ID.eq(id), false).stream().findFirst();
    }

    private List<Scheduled> scheduled(org.jooq.Condition where, boolean forUpdate) {
        var query = dsl.select(SCRUTINY_SCHEDULE.asterisk(), SCRUTINY_PIECE.TITLE, APP_USER.DISPLAY_NAME).from(SCRUTINY_SCHEDULE)
                .join(SCRUTINY_PIECE).on(SCRUTINY_PIECE.ID.eq(SCRUTINY_SCHEDULE.PIECE_ID))
                .join(APP_USER).on(APP_USER.ID.eq(SCRUTINY_SCHEDULE.OBSERVER_USER_ID))
                .where(where)
                .orderBy(SCRUTINY_SCHEDULE.OBSERVED_ON, SCRUTINY_SCHEDULE.STARTS_AT, SCRUTINY_SCHEDULE.ID);
        List<? extends Record> rows = forUpdate ? query.forUpdate().of(SCRUTINY_SCHEDULE).fetch() : query.fetch();
        return rows.stream().map(r -> {
            var cancelledAt = r.get(SCRUTINY_SCHEDULE.CANCELLED_AT);
            return new Scheduled(r.get(SCRUTINY_SCHEDULE.ID), r.get(SCRUTINY_SCHEDULE.PIECE_ID), r.get(SCRUTINY_PIECE.TITLE),
                    r.get(SCRUTINY_SCHEDULE.OBSERVED_ON), r.get(SCRUTINY_SCHEDULE.STARTS_AT), r.get(SCRUTINY_SCHEDULE.ENDS_AT),
                    r.get(SCRUTINY_SCHEDULE.SETTING), ObservedSettingKind.valueOf(r.get(SCRUTINY_SCHEDULE.SETTING_KIND)),
                    new Person(r.get(SCRUTINY_SCHEDULE.OBSERVER_USER_ID), r.get(APP_USER.DISPLAY_NAME)),
                    r.get(SCRUTINY_SCHEDULE.LOCATION), cancelledAt == null ? null : cancelledAt.toInstant(),
                    r.get(SCRUTINY_SCHEDULE.CANCEL_REASON));
        }).toList();
    }

    public void cancelScheduled(UUID id, String reason) {
        dsl.update(SCRUTINY_SCHEDULE)
                .set(SCRUTINY_SCHEDULE.CANCELLED_AT, DSL.currentOffsetDateTime())
                .set(SCRUTINY_SCHEDULE.CANCEL_REASON, reason)
                .where(SCRUTINY_SCHEDULE.ID.eq(id))
                .execute();
    }

    /** Whether {@code userId} holds the scrutineer's role on {@code today} in the bound partnership. */
    public boolean isScrutineer(UUID userId, LocalDate today) {
        return scrutineers(today).stream().anyMatch(p -> p.id().equals(userId));
    }

    // -- focus groups and feedback -------------------------------------------------------------------

    public UUID insertEvidence(UUID pieceId, NewEvidence e, UUID recordedBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(SCRUTINY_EVIDENCE)
                .set(SCRUTINY_EVIDENCE.TENANT_ID, currentTenantId())
                .set(SCRUTINY_EVIDENCE.ID, id)
                .set(SCRUTINY_EVIDENCE.PIECE_ID, pieceId)
                .set(SCRUTINY_EVIDENCE.KIND, e.kind().name())
                .set(SCRUTINY_EVIDENCE.GATHERED_ON, e.gatheredOn())
                .set(SCRUTINY_EVIDENCE.TITLE, e.title())
                .set(SCRUTINY_EVIDENCE.PARTICIPANTS, e.participants())
                .set(SCRUTINY_EVIDENCE.PARTICIPANT_COUNT, e.participantCount())
                .set(SCRUTINY_EVIDENCE.SUMMARY, e.summary())
                .set(SCRUTINY_EVIDENCE.RECORDED_BY, recordedBy)
                .execute();
        return id;
    }

    /** The piece's focus groups and feedback, by the day gathered. */
    public List<Evidence> evidence(UUID pieceId) {
        return evidence(SCRUTINY_EVIDENCE.PIECE_ID.eq(pieceId));
    }

    public Optional<Evidence> evidenceOne(UUID id) {
        return evidence(SCRUTINY_EVIDENCE.ID.eq(id)).stream().findFirst();
    }

    private List<Evidence> evidence(org.jooq.Condition where) {
        return dsl.select(SCRUTINY_EVIDENCE.asterisk(), APP_USER.DISPLAY_NAME).from(SCRUTINY_EVIDENCE)
                .join(APP_USER).on(APP_USER.ID.eq(SCRUTINY_EVIDENCE.RECORDED_BY))
                .where(where)
                .orderBy(SCRUTINY_EVIDENCE.GATHERED_ON, SCRUTINY_EVIDENCE.RECORDED_AT, SCRUTINY_EVIDENCE.ID)
                .fetch(r -> new Evidence(r.get(SCRUTINY_EVIDENCE.ID), r.get(SCRUTINY_EVIDENCE.PIECE_ID),
                        EvidenceKind.valueOf(r.get(SCRUTINY_EVIDENCE.KIND)), r.get(SCRUTINY_EVIDENCE.GATHERED_ON),
                        r.get(SCRUTINY_EVIDENCE.TITLE), r.get(SCRUTINY_EVIDENCE.PARTICIPANTS),
                        r.get(SCRUTINY_EVIDENCE.PARTICIPANT_COUNT), r.get(SCRUTINY_EVIDENCE.SUMMARY),
                        new Person(r.get(SCRUTINY_EVIDENCE.RECORDED_BY), r.get(APP_USER.DISPLAY_NAME)),
                        r.get(SCRUTINY_EVIDENCE.RECORDED_AT).toInstant()));
    }

    // -- findings and recommendations ----------------------------------------------------------------

    /** The partnership's agencies (id and name, in its order): who may own an action on the CAP. */
    public Map<UUID, String> agencies() {
        Map<UUID, String> agencies = new LinkedHashMap<>();
        dsl.select(AGENCY.ID, AGENCY.NAME).from(AGENCY).orderBy(AGENCY.POSITION, AGENCY.NAME)
                .forEach(r -> agencies.put(r.value1(), r.value2()));
        return agencies;
    }

    public UUID insertFinding(UUID pieceId, NewFinding f, UUID recordedBy) {
        UUID id = UUID.randomUUID();
        int number = dsl.select(DSL.coalesce(DSL.max(SCRUTINY_FINDING.NUMBER), 0)).from(SCRUTINY_FINDING)
                .where(SCRUTINY_FINDING.PIECE_ID.eq(pieceId)).fetchOne(0, Integer.class) + 1;
        dsl.insertInto(SCRUTINY_FINDING)
                .set(SCRUTINY_FINDING.TENANT_ID, currentTenantId())
                .set(SCRUTINY_FINDING.ID, id)
                .set(SCRUTINY_FINDING.PIECE_ID, pieceId)
                .set(SCRUTINY_FINDING.NUMBER, number)
                .set(SCRUTINY_FINDING.TITLE, f.title())
                .set(SCRUTINY_FINDING.DETAIL, f.detail())
                .set(SCRUTINY_FINDING.RATING, f.rating())
                .set(SCRUTINY_FINDING.RECORDED_BY, recordedBy)
                .execute();
        for (UUID observation : f.observationIds()) {
            dsl.insertInto(SCRUTINY_FINDING_SUPPORT)
                    .set(SCRUTINY_FINDING_SUPPORT.TENANT_ID, currentTenantId())
                    .set(SCRUTINY_FINDING_SUPPORT.ID, UUID.randomUUID())
                    .set(SCRUTINY_FINDING_SUPPORT.FINDING_ID, id)
                    .set(SCRUTINY_FINDING_SUPPORT.OBSERVATION_ID, observation)
                    .execute();
        }
        for (UUID evidence : f.evidenceIds()) {
            dsl.insertInto(SCRUTINY_FINDING_SUPPORT)
                    .set(SCRUTINY_FINDING_SUPPORT.TENANT_ID, currentTenantId())
                    .set(SCRUTINY_FINDING_SUPPORT.ID, UUID.randomUUID())
                    .set(SCRUTINY_FINDING_SUPPORT.FINDING_ID, id)
                    .set(SCRUTINY_FINDING_SUPPORT.EVIDENCE_ID, evidence)
                    .execute();
        }
        return id;
    }

    public UUID insertRecommendation(UUID pieceId, UUID findingId, String text, UUID recordedBy) {
        UUID id = UUID.randomUUID();
        int number = dsl.select(DSL.coalesce(DSL.max(SCRUTINY_RECOMMENDATION.NUMBER), 0)).from(SCRUTINY_RECOMMENDATION)
                .where(SCRUTINY_RECOMMENDATION.PIECE_ID.eq(pieceId)).fetchOne(0, Integer.class) + 1;
        dsl.insertInto(SCRUTINY_RECOMMENDATION)
                .set(SCRUTINY_RECOMMENDATION.TENANT_ID, currentTenantId())
                .set(SCRUTINY_RECOMMENDATION.ID, id)
                .set(SCRUTINY_RECOMMENDATION.FINDING_ID, findingId)
                .set(SCRUTINY_RECOMMENDATION.PIECE_ID, pieceId)
                .set(SCRUTINY_RECOMMENDATION.NUMBER, number)
                .set(SCRUTINY_RECOMMENDATION.TEXT, text)
                .set(SCRUTINY_RECOMMENDATION.RECORDED_BY, recordedBy)
                .execute();
        return id;
    }

    /** The piece's findings by number, each with its supporting evidence and recommendations. */
    public List<Finding> findings(UUID pieceId) {
        return findings(SCRUTINY_FINDING.PIECE_ID.eq(pieceId));
    }

    public Optional<Finding> finding(UUID id) {
        return findings(SCRUTINY_FINDING.ID.eq(id)).stream().findFirst();
    }

    private List<Finding> findings(org.jooq.Condition where) {
        var rows = dsl.select(SCRUTINY_FINDING.asterisk(), APP_USER.DISPLAY_NAME).from(SCRUTINY_FINDING)
                .join(APP_USER).on(APP_USER.ID.eq(SCRUTINY_FINDING.RECORDED_BY))
                .where(where).orderBy(SCRUTINY_FINDING.NUMBER).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.map(r -> r.get(SCRUTINY_FINDING.ID));
        Map<UUID, List<Finding.Support>> supports = new LinkedHashMap<>();
        dsl.select(SCRUTINY_FINDING_SUPPORT.FINDING_ID, SCRUTINY_OBSERVATION.ID, SCRUTINY_OBSERVATION.SETTING,
                        SCRUTINY_OBSERVATION.OBSERVED_ON)
                .from(SCRUTINY_FINDING_SUPPORT)
                .join(SCRUTINY_OBSERVATION).on(SCRUTINY_OBSERVATION.ID.eq(SCRUTINY_FINDING_SUPPORT.OBSERVATION_ID))
                .where(SCRUTINY_FINDING_SUPPORT.FINDING_ID.in(ids))
                .orderBy(SCRUTINY_OBSERVATION.OBSERVED_ON, SCRUTINY_OBSERVATION.ID)
                .forEach(r -> supports.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new Finding.Support("OBSERVATION", r.value2(), r.value3(), r.value4())));
        dsl.select(SCRUTINY_FINDING_SUPPORT.FINDING_ID, SCRUTINY_EVIDENCE.ID, SCRUTINY_EVIDENCE.KIND, SCRUTINY_EVIDENCE.TITLE,
                        SCRUTINY_EVIDENCE.GATHERED_ON)
                .from(SCRUTINY_FINDING_SUPPORT)
                .join(SCRUTINY_EVIDENCE).on(SCRUTINY_EVIDENCE.ID.eq(SCRUTINY_FINDING_SUPPORT.EVIDENCE_ID))
                .where(SCRUTINY_FINDING_SUPPORT.FINDING_ID.in(ids))
                .orderBy(SCRUTINY_EVIDENCE.GATHERED_ON, SCRUTINY_EVIDENCE.ID)
                .forEach(r -> supports.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new Finding.Support(r.value3(), r.value2(), r.value4(), r.value5())));
        Map<UUID, List<Finding.Recommendation>> recommendations = new LinkedHashMap<>();
        dsl.select(SCRUTINY_RECOMMENDATION.FINDING_ID, SCRUTINY_RECOMMENDATION.ID, SCRUTINY_RECOMMENDATION.NUMBER,
                        SCRUTINY_RECOMMENDATION.TEXT)
                .from(SCRUTINY_RECOMMENDATION)
                .where(SCRUTINY_RECOMMENDATION.FINDING_ID.in(ids))
                .orderBy(SCRUTINY_RECOMMENDATION.NUMBER)
                .forEach(r -> recommendations.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new Finding.Recommendation(r.value2(), r.value3(), r.value4())));
        return rows.map(r -> new Finding(r.get(SCRUTINY_FINDING.ID), r.get(SCRUTINY_FINDING.PIECE_ID),
                r.get(SCRUTINY_FINDING.NUMBER), r.get(SCRUTINY_FINDING.TITLE), r.get(SCRUTINY_FINDING.DETAIL),
                r.get(SCRUTINY_FINDING.RATING),
                supports.getOrDefault(r.get(SCRUTINY_FINDING.ID), List.of()),
                recommendations.getOrDefault(r.get(SCRUTINY_FINDING.ID), List.of()),
                new Person(r.get(SCRUTINY_FINDING.RECORDED_BY), r.get(APP_USER.DISPLAY_NAME)),
                r.get(SCRUTINY_FINDING.RECORDED_AT).toInstant()));
    }
}
