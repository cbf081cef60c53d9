package uk.reviewhub.api.vocabulary;

/**
 * A person's role in a partnership, as tokens and {@code @Secured} name it ({@code auth.Roles}).
 * The platform's own roles (platform admin, national viewer) are not partnership roles.
 */
public enum PartnershipRole {
    PARTNERSHIP_ADMIN("Partnership admin"),
    CHAIR("Chair"),
    VICE_CHAIR("Vice chair"),
    MEMBER("Member"),
    BUSINESS_SUPPORT("Business support"),
    SAFEGUARDING_CHAIR("Safeguarding and Reviewing Chair"),
    SAFEGUARDING_MANAGER("Safeguarding Service Manager"),
    SAFEGUARDING_SUPPORT("Safeguarding service support"),
    SCRUTINEER("Independent scrutineer");

    private final String label;

    PartnershipRole(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
