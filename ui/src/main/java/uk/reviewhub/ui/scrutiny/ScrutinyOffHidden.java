package uk.reviewhub.ui.scrutiny;

import jakarta.inject.Singleton;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.MenuEntryFilter;

/**
 * A partnership admin may read independent scrutiny where the partnership runs it; where its pack
 * does not turn scrutiny on, the admin is not offered the entry (a scrutineer's partnership always
 * runs it, so only admins are asked about). It asks for scrutiny's settings alone, not the programme.
 */
@Singleton
class ScrutinyOffHidden implements MenuEntryFilter {

    private final ScrutinyClient scrutiny;

    ScrutinyOffHidden(ScrutinyClient scrutiny) {
        this.scrutiny = scrutiny;
    }

    @Override
    public boolean hides(Class<?> view) {
        if (view != ScrutinyProgrammeView.class || !Capability.SCRUTINY.granted() || Capability.SCRUTINY_WORK.granted()) {
            return false;
        }
        try {
            return !scrutiny.settings().enabled();
        } catch (BackendProblem unknown) {
            // Not known now: the entry stays, and the page says what it can.
            return false;
        }
    }
}
