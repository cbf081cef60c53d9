package uk.reviewhub.ui.backend;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * The person's address, told to the backend in {@code X-Forwarded-For} so that its per-address
 * throttles and records count the browser, not the UI server. The UI adds the browser's address
 * (the peer of the Vaadin request, or of the session when the call is made outside a request) as
 * the nearest hop after whatever a proxy in front of the UI already wrote; the backend believes the
 * header only from the proxies it is told to trust ({@code REVIEWHUB_TRUSTED_PROXIES}) and takes the
 * nearest hop that is not one of them, so an address a browser writes itself counts for nothing.
 */
final class ForwardedFor {

    static final String HEADER = "X-Forwarded-For";

    private ForwardedFor() {
    }

    /** The header's value for a call made now, if the browser's address is known. */
    static Optional<String> current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            return chain(request.getHeader(HEADER), request.getRemoteAddr());
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? Optional.empty()
                : chain(null, session.getBrowser().getAddress());
    }

    /** {@code forwarded} (what reached the UI, if anything) with {@code peer} added as the nearest hop. */
    static Optional<String> chain(@Nullable String forwarded, @Nullable String peer) {
        if (peer == null || peer.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(forwarded == null || forwarded.isBlank() ? peer.strip() : forwarded.strip() + ", " + peer.strip());
    }
}
