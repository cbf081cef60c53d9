package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.validation.DateWindow;
import uk.reviewhub.api.vocabulary.IssueCategory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An issue a chair raises about a child's plan or practice. {@code summary}: what is at issue, kept
 * minimal (no names: text that looks like a name or a case number is refused at its field unless
 * {@code noNamesConfirmed}). {@code raisedOn}: the day it was raised (the process's clock starts).
 * {@code stage}: the stage it starts at (a stage code of the partnership's process; default its first:
 * a chair may start formally).
 */
@Serdeable
public record IssueRequest(
        @NotNull UUID childId,
        @NotNull IssueCategory category,
        @NotBlank @Size(max = 1000) String summary,
        @NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate raisedOn,
        @Nullable @Size(max = 60) String stage,
        @Nullable Boolean noNamesConfirmed) {
}
