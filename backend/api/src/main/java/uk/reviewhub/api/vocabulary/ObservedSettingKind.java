package uk.reviewhub.api.vocabulary;

/** What kind of frontline practice an observation watches: a team at work, a service, or a meeting. */
public enum ObservedSettingKind {
    TEAM("A team at work"),
    SERVICE("A service"),
    MEETING("A meeting");

    private final String label;

    ObservedSettingKind(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
