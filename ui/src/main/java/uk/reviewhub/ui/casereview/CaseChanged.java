package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.ComponentEvent;

/**
 * A section of the case page saved a step: the page reads the case again (its stage and timeline
 * follow from every step) and says the news in the section where the form was.
 */
final class CaseChanged extends ComponentEvent<CasePage> {

    private final String what;
    private final String section;

    CaseChanged(CasePage page, String what, String section) {
        super(page, false);
        this.what = what;
        this.section = section;
    }

    /** What was saved, in words ("The rapid review"). */
    String what() {
        return what;
    }

    /** The title of the section where it was saved. */
    String section() {
        return section;
    }
}
