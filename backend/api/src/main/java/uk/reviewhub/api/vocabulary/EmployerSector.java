package uk.reviewhub.api.vocabulary;

/**
 * The sector of the organisation that employs (or uses as a volunteer) a person an allegation is
 * about: what the LADO log keeps of the person's work, with their role, never their name.
 */
public enum EmployerSector {
    EDUCATION("Education (schools and colleges)"),
    EARLY_YEARS("Early years and childcare"),
    HEALTH("Health"),
    SOCIAL_CARE("Social care"),
    POLICE("Police"),
    FOSTER_CARE("Foster care"),
    RESIDENTIAL_CARE("Residential care"),
    FAITH("Faith organisations"),
    SPORT_AND_LEISURE("Sport and leisure"),
    VOLUNTARY("Voluntary and community"),
    TRANSPORT("Transport"),
    OTHER("Other");

    private final String label;

    EmployerSector(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
