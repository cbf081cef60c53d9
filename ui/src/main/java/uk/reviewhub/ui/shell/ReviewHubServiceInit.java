package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.backend.NotSignedInException;
import uk.reviewhub.ui.backend.SessionCredentials;
import uk.reviewhub.ui.identity.SignInView;

import java.util.Optional;

/**
 * Registered in {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}:
 * <ul>
 *   <li>every view requires sign-in unless it is {@link AnonymousAllowed}: others forward to the
 *       sign-in view, remembering where the user was going;</li>
 *   <li>a signed-in person opens only the views their roles allow ({@link Allowed}, decided by
 *       {@link Capability}); others get {@link NotAllowedView}, and the start address takes them to
 *       their landing page;</li>
 *   <li>the one session error handler: backend problems in event handlers become a readable
 *       notification, a lost sign-in goes back to the sign-in view;</li>
 *   <li>the page's language, for screen readers.</li>
 * </ul>
 * Failures while a view is being entered are handled by the error views in this package.
 */
public final class ReviewHubServiceInit implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewHubServiceInit.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().addBeforeEnterListener(ReviewHubServiceInit::requireSignIn));
        event.getSource().addSessionInitListener(sessionInit -> sessionInit.getSession().setErrorHandler(ReviewHubServiceInit::handle));
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("html").attr("lang", "en-GB"));
    }

    private static void requireSignIn(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean open = target.isAnnotationPresent(AnonymousAllowed.class) || HasErrorParameter.class.isAssignableFrom(target);
        if (!open && !SessionCredentials.isSignedIn()) {
            SignInView.rememberDestination(event.getLocation().getPathWithQueryParameters());
            event.forwardTo(SignInView.class);
            return;
        }
        if (!open && !needed(target).granted()) {
            if (event.getLocation().getPath().isEmpty()) {
                event.forwardTo(Capability.landingPath());
            } else {
                event.rerouteToError(NotAllowedException.class, "Not available to the signed-in person");
            }
        }
    }

    /** The capability a view needs ({@link Allowed}); a view that says none needs a role in the partnership. */
    static Capability needed(Class<?> view) {
        Allowed allowed = view.getAnnotation(Allowed.class);
        return allowed == null ? Capability.PARTNERSHIP : allowed.value();
    }

    private static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        Optional<UI> ui = event.getComponent().flatMap(component -> component.getUI()).or(() -> Optional.ofNullable(UI.getCurrent()));
        Optional<NotSignedInException> signedOut = causeOfType(error, NotSignedInException.class);
        if (signedOut.isPresent()) {
            ui.ifPresent(current -> current.access(() -> current.navigate(SignInView.class)));
            return;
        }
        Optional<BackendProblem> problem = causeOfType(error, BackendProblem.class);
        if (problem.isPresent()) {
            ui.ifPresent(current -> current.access(() -> UserMessages.showError(problem.get().userMessage())));
            return;
        }
        LOG.error("Unexpected error in the UI", error);
        if (VaadinSession.getCurrent() != null) {
            ui.ifPresent(current -> current.access(() -> UserMessages.showError("Something unexpected went wrong. Please try again.")));
        }
    }

    static <T extends Throwable> Optional<T> causeOfType(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
