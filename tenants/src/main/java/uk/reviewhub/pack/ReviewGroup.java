package uk.reviewhub.pack;

import java.util.List;

/** A group that reviews cases (or, for the tri-borough, a review service), with its seats and terms of reference. */
public record ReviewGroup(
        String code,
        String name,
        String shortName,
        String formerName,
        String formerShortName,
        String membershipYear,
        String businessPriority,
        ChairAllocation chairAllocation,
        List<Member> members,
        List<String> memberExpectations,
        List<String> frameworks,
        List<String> notes,
        TermsOfReference termsOfReference) {

    public ReviewGroup {
        members = List.copyOf(members);
        memberExpectations = List.copyOf(memberExpectations);
        frameworks = List.copyOf(frameworks);
        notes = List.copyOf(notes);
    }
}
