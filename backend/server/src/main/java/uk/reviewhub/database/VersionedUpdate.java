package uk.reviewhub.database;

import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;

import java.util.UUID;

/**
 * The one shape of a versioned update on the generated tables: the caller's changes, then
 * {@code version = version + 1 where id = ? and version = ?}. No row changed means the version read is
 * stale or the row is missing (or another tenant's, which row-level security hides): the caller says which.
 */
public final class VersionedUpdate {

    private VersionedUpdate() {
    }

    /**
     * Bumps the version and runs {@code changes} on the row {@code id}, only while it is at {@code read}
     * (at any version when {@code read} is null); answers whether a row was changed.
     */
    public static <R extends Record> boolean execute(UpdateSetMoreStep<R> changes, TableField<R, UUID> idField, UUID id,
                                                     TableField<R, Integer> versionField, Integer read) {
        return changes.set(versionField, versionField.plus(1))
                .where(idField.eq(id))
                .and(read == null ? DSL.noCondition() : versionField.eq(read))
                .execute() > 0;
    }
}
