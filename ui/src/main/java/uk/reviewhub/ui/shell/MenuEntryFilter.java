package uk.reviewhub.ui.shell;

/**
 * A feature's say over whether its menu entry is shown now, beyond who may open the view (e.g. the
 * set-up checklist once every step is done). Beans of this type are asked as the menu is drawn; the
 * view itself stays reachable by its address.
 */
public interface MenuEntryFilter {

    /** Whether the entry for {@code view} is left out of the signed-in person's menu now. */
    boolean hides(Class<?> view);
}
