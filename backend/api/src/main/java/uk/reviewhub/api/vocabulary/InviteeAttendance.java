package uk.reviewhub.api.vocabulary;

/** Whether an invitee to a conference or review came. */
public enum InviteeAttendance {
    INVITED("Invited"),
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Did not attend");

    private final String label;

    InviteeAttendance(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
