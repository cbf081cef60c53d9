package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.AgencyKind;
import uk.reviewhub.api.vocabulary.GroupRole;

import java.util.List;

/** How the quorum verdict names agency kinds and roles. */
final class QuorumWording {

    private QuorumWording() {
    }

    /** In a sentence: "the local authority", "Police", "Health". */
    static String kind(AgencyKind kind) {
        return switch (kind) {
            case LOCAL_AUTHORITY -> "local authority";
            case POLICE -> "Police";
            case HEALTH -> "Health";
            case EDUCATION -> "Education";
            case CAFCASS -> "Cafcass";
            case HOUSING -> "Housing";
            case PROBATION -> "Probation";
            case YOUTH_JUSTICE -> "youth justice";
            case LEGAL -> "legal";
            case DISTRICT_COUNCIL -> "district council";
            case PARTNERSHIP_TEAM -> "partnership team";
            case OTHER -> "other";
        };
    }

    /** As a title: "the Local Authority", "Police", "Health". */
    static String kindTitle(AgencyKind kind) {
        return switch (kind) {
            case LOCAL_AUTHORITY -> "the Local Authority";
            case YOUTH_JUSTICE -> "Youth Justice";
            case LEGAL -> "Legal";
            case DISTRICT_COUNCIL -> "a District Council";
            case PARTNERSHIP_TEAM -> "the Partnership Team";
            default -> kind(kind);
        };
    }

    static String role(GroupRole role) {
        return switch (role) {
            case CHAIR -> "the chair";
            case VICE_CHAIR -> "the vice chair";
            case MEMBER -> "a member";
            case MINUTE_TAKER -> "the minute taker";
            case ADVISER -> "an adviser";
        };
    }

    /** "the chair", "the chair and the vice chair". */
    static String roles(List<GroupRole> roles) {
        return String.join(" and ", roles.stream().map(QuorumWording::role).toList());
    }

    /** "the chair not present", "neither the chair nor the vice chair present", "none of ... present". */
    static String noneOf(List<GroupRole> roles) {
        if (roles.size() == 1) {
            return role(roles.getFirst()) + " not present";
        }
        if (roles.size() == 2) {
            return "neither " + role(roles.get(0)) + " nor " + role(roles.get(1)) + " present";
        }
        return "none of " + String.join(", ", roles.stream().map(QuorumWording::role).toList()) + " present";
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
