package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** One way to tell the user that something failed: a notification that is also announced. */
public final class UserMessages {

    private static final int SHOW_FOR_MILLIS = 8000;

    private UserMessages() {
    }

    public static void showError(String message) {
        Notification notification = new Notification("Problem: " + message, SHOW_FOR_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }
}
