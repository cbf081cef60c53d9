package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A member's standing nominated deputy, who attends when the member cannot: named by post, by
 * name, or both; {@code delegatedAuthority} says whether they hold the member's delegated
 * authority (which may count for the quorum); {@code from} and {@code to} bound the nomination.
 */
@Serdeable
public record StandingDeputy(
        @Nullable @Size(max = 300) String post,
        @Nullable @Size(max = 200) String name,
        boolean delegatedAuthority,
        @Nullable @DateWindow(yearsBack = 30) LocalDate from,
        @Nullable @DateWindow(yearsBack = 30) LocalDate to) {

    /** How the deputy is shown and recorded at a meeting: "name, post", or whichever is given. */
    public String label() {
        boolean hasName = name != null && !name.isBlank();
        boolean hasPost = post != null && !post.isBlank();
        if (hasName && hasPost) {
            return name.strip() + ", " + post.strip();
        }
        return hasName ? name.strip() : hasPost ? post.strip() : "";
    }
}
