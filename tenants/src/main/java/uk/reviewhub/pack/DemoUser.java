package uk.reviewhub.pack;

import java.util.List;

/**
 * An invented user for local use. Partnership demo users have {@code roles} (and optionally an
 * agency and a seat in a group); platform demo users have {@code platformRoles} only.
 */
public record DemoUser(String email, String displayName, List<String> roles, List<String> platformRoles,
                       String agencyCode, Seat seat) {

    public DemoUser {
        roles = List.copyOf(roles);
        platformRoles = List.copyOf(platformRoles);
    }

    /** The group seat the user holds, by group code and position title. */
    public record Seat(String groupCode, String positionTitle) {
    }
}
