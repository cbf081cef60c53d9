package uk.reviewhub.pack;

public enum MembershipKind { STANDING, CO_OPTED, LEGAL_ADVICE, INVITED }
