package uk.reviewhub.onboarding.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.reviewhub.onboarding.domain.ChecklistFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.DOCUMENT_TEMPLATE;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.TERMS_OF_REFERENCE;

/** What the set-up checklist reads of the bound partnership (row-level security keeps it to it): counts, no people. */
@Singleton
@Connectable
public class ChecklistQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STATUTORY_KINDS = Set.of("LOCAL_AUTHORITY", "POLICE", "HEALTH");

    private final DSLContext dsl;

    ChecklistQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ChecklistFacts facts(LocalDate today) {
        List<String> statutoryKinds = dsl.selectDistinct(AGENCY.KIND).from(AGENCY)
                .where(AGENCY.STATUTORY_PARTNER.isTrue()).fetch(AGENCY.KIND);
        int agencies = dsl.fetchCount(AGENCY);
        var current = GROUP_MEMBER.END_DATE.isNull().or(GROUP_MEMBER.END_DATE.ge(today));
        boolean chair = dsl.fetchExists(dsl.selectOne().from(GROUP_MEMBER).where(current.and(GROUP_MEMBER.GROUP_ROLE.eq("CHAIR"))));
        boolean adminSeats = dsl.fetchExists(dsl.selectOne().from(GROUP_MEMBER).where(current.and(GROUP_MEMBER.SOURCE.eq("ADMIN"))));
        var latest = TERMS_OF_REFERENCE.as("latest");
        boolean termsComplete = dsl.selectFrom(TERMS_OF_REFERENCE)
                .where(TERMS_OF_REFERENCE.VERSION.eq(DSL.select(DSL.max(latest.VERSION)).from(latest)
                        .where(latest.GROUP_ID.eq(TERMS_OF_REFERENCE.GROUP_ID))))
                .fetch()
                .stream()
                .anyMatch(t -> t.getReviewDueOn() != null && hasText(read(t.getCadence()).path("rrule"))
                        && !read(t.getQuorum()).path("description").asText("").isBlank()
                        && read(t.getDeadlines()).size() > 0 && read(t.getPerformanceMeasures()).size() > 0);
        boolean templateEdited = dsl.fetchExists(dsl.selectOne().from(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.SOURCE.eq("EDIT")));
        int people = dsl.fetchCount(PARTNERSHIP_MEMBERSHIP);
        boolean meeting = dsl.fetchExists(dsl.selectOne().from(MEETING).where(MEETING.STATUS.in("PLANNED", "MOVED", "HELD")));
        boolean comparators = dsl.fetchExists(dsl.selectOne().from(PARTNERSHIP)
                .where(PARTNERSHIP.CHILD_POPULATION.isNotNull().and(PARTNERSHIP.REGION.isNotNull())));
        return new ChecklistFacts(statutoryKinds.containsAll(STATUTORY_KINDS), agencies, chair, adminSeats, termsComplete,
                templateEdited, people, meeting, comparators);
    }

    private static boolean hasText(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null ? "null" : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
