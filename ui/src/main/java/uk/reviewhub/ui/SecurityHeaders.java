package uk.reviewhub.ui;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers on every answer of the UI: a Content-Security-Policy that Vaadin Flow's production bundle
 * works under (its bootstrap needs inline scripts and styles, and {@code eval} for templates; the
 * rest comes from this origin only, and no other site may frame the UI), no type sniffing, no
 * referrer to other sites, and nothing cached by the browser's back button or a proxy once a
 * page showed case data ({@code no-store} on everything but the static bundle).
 */
final class SecurityHeaders extends Handler.Wrapper {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    SecurityHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "same-origin");
        String path = Request.getPathInContext(request);
        if (!path.startsWith("/VAADIN/")) {
            response.getHeaders().put("Cache-Control", "no-store");
        }
        return super.handle(request, response, callback);
    }
}
