package uk.reviewhub.pack;

public enum GroupRole { CHAIR, VICE_CHAIR, MEMBER, MINUTE_TAKER, ADVISER }
