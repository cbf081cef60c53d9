package uk.reviewhub.ui.onboarding;

import jakarta.inject.Singleton;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.MenuEntryFilter;

/** The set-up checklist leaves the menu once every step is done (its page stays at its address). */
@Singleton
class FinishedChecklistHidden implements MenuEntryFilter {

    private final SetupChecklistClient checklists;

    FinishedChecklistHidden(SetupChecklistClient checklists) {
        this.checklists = checklists;
    }

    @Override
    public boolean hides(Class<?> view) {
        if (view != SetupChecklistView.class || !Capability.SET_UP.granted()) {
            return false;
        }
        try {
            return checklists.checklist().allDone();
        } catch (BackendProblem unknown) {
            // Not known now: the entry stays, and the page says what it can.
            return false;
        }
    }
}
