package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.ComponentEvent;

/**
 * What a form of the membership view changed, fired on the view after a save: the view says the
 * news in its announced status line, and the sections showing what follows from it draw again
 * (the members after an agency's name or order changes, the open seats offered with invitations
 * after a seat changes). The sections keep no shared fields.
 */
final class MembershipChanged extends ComponentEvent<MembershipView> {

    /** What was changed. */
    enum What { MEMBERS, AGENCIES, ROLES }

    private final What what;
    private final String news;

    MembershipChanged(MembershipView view, What what, String news) {
        super(view, false);
        this.what = what;
        this.news = news;
    }

    What what() {
        return what;
    }

    /** The change in words, for the status line. */
    String news() {
        return news;
    }
}
