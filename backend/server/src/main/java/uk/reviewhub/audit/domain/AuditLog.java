package uk.reviewhub.audit.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import uk.reviewhub.audit.persistence.AuditQueries;

import java.util.Map;
import java.util.UUID;

/**
 * Who viewed and changed what. Callers write in the same transaction as the read or change they
 * record, so a change is never without its audit row (nor the row without the change).
 */
@Singleton
public class AuditLog {

    public static final String READ = "READ";
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String EXPORT = "EXPORT";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditQueries queries;

    AuditLog(AuditQueries queries) {
        this.queries = queries;
    }

    /** @param detail small facts worth keeping (filters used, fields changed), never child data */
    public void record(UUID userId, String action, String entity, UUID entityId, Map<String, ?> detail) {
        queries.append(userId, action, entity, entityId, json(detail));
    }

    public void record(UUID userId, String action, String entity, UUID entityId) {
        queries.append(userId, action, entity, entityId, null);
    }

    public AuditEvents page(int page, int size) {
        return new AuditEvents(queries.page(page, size), page, size, queries.count());
    }

    private static String json(Map<String, ?> detail) {
        if (detail == null || detail.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail is not serialisable", e);
        }
    }
}
