package uk.reviewhub.partnership.domain;

import java.time.LocalDate;

/**
 * A member's standing nominated deputy (the API shows it as {@code StandingDeputy}), named by post,
 * by name, or both; whether they hold the member's delegated authority; the days the nomination
 * stands, both included (null: no limit).
 */
public record Deputy(String post, String name, boolean delegatedAuthority, LocalDate from, LocalDate to) {

    /** How the deputy is shown and recorded at a meeting: "name, post", or whichever is given. */
    public String label() {
        boolean hasName = name != null && !name.isBlank();
        boolean hasPost = post != null && !post.isBlank();
        if (hasName && hasPost) {
            return name.strip() + ", " + post.strip();
        }
        return hasName ? name.strip() : hasPost ? post.strip() : "";
    }

    /** Whether the nomination stands on {@code day}. */
    public boolean standsOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
