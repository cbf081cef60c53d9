package uk.reviewhub.api.vocabulary;

/** How a person signs in: the password form, or their organisation's sign-in (the partnership's single sign-on). */
public enum SignInMethod {
    PASSWORD("Email and password"),
    ORGANISATION("Sign in with your organisation");

    private final String label;

    SignInMethod(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
