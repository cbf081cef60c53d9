package uk.reviewhub.time.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.time.BankHolidayFeed;

import java.io.IOException;
import java.util.Map;

import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;

/**
 * The bound partnership's time settings: its bank-holiday division (V8) and its pack's clock
 * overrides (V3). Row-level security shows only the bound partnership's row.
 */
@Singleton
public class DivisionQuery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    DivisionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** England and Wales when no partnership is bound (row-level security shows no row). */
    public String calendarDivision() {
        return dsl.select(PARTNERSHIP.CALENDAR_DIVISION).from(PARTNERSHIP).fetchOptional(PARTNERSHIP.CALENDAR_DIVISION)
                .orElse(BankHolidayFeed.ENGLAND_AND_WALES);
    }

    /** The pack's clock rules by code, as written in the pack ("10 working days after"); none when no partnership is bound. */
    public Map<String, String> clockOverrides() {
        String json = dsl.select(PARTNERSHIP.CLOCK_OVERRIDES).from(PARTNERSHIP).fetchOptional(PARTNERSHIP.CLOCK_OVERRIDES)
                .orElse("{}");
        try {
            return JSON.readValue(json == null ? "{}" : json, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("The partnership's clock overrides are not a map of rule texts", e);
        }
    }
}
