package uk.reviewhub.meeting.domain;

/** How a seat was filled at a meeting. */
public enum AttendanceStatus {
    /** The member attended. */
    PRESENT,
    /** The member sent apologies. */
    APOLOGIES,
    /** The member neither attended nor sent apologies. */
    ABSENT,
    /** A deputy attended for the member, with or without delegated authority. */
    DEPUTY
}
