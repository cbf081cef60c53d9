package uk.reviewhub.ui;

import io.micronaut.context.ApplicationContext;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The UI process: a Micronaut context (for dependency injection and the HTTP client to the backend)
 * beside an embedded Jetty 12 EE11 web application in which Vaadin finds its initialisers and our
 * routes by annotation scanning of the class path. Micronaut's servlet integration for Jetty 12 is
 * not available here, hence the two side by side (see infra/BUILD.md).
 */
public final class UiServer implements AutoCloseable {

    /** Jars and class directories scanned for Vaadin's initialisers and our routes. */
    private static final String SCANNED = ".*/[^/]*(flow|vaadin)[^/]*\\.jar$|.*/classes/.*";

    private final ApplicationContext context;
    private final Server jetty;
    private final URI url;

    private UiServer(ApplicationContext context, Server jetty, URI url) {
        this.context = context;
        this.jetty = jetty;
        this.url = url;
    }

    /**
     * @param host      interface to listen on
     * @param port      0 for any free port
     * @param backend   the backend's base URL
     * @param workDir   where Jetty may write temporary files
     */
    public record Settings(String host, int port, URI backend, Path workDir) {
    }

    public static UiServer start(Settings settings) throws Exception {
        ApplicationContext context = createContext(settings.backend());
        try {
            Server jetty = new Server();
            HttpConfiguration http = new HttpConfiguration();
            // Neither the server's name and version nor "powered by" in any header.
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            jetty.addConnector(connector);
            jetty.setHandler(new SecurityHeaders(webApp(context, settings.workDir())));
            jetty.setStopTimeout(2_000);
            jetty.start();
            String host = "0.0.0.0".equals(settings.host()) ? "localhost" : settings.host();
            return new UiServer(context, jetty, URI.create("http://" + host + ":" + connector.getLocalPort() + "/"));
        } catch (Exception e) {
            context.close();
            throw e;
        }
    }

    /**
     * The UI's Micronaut context. Only the properties given here: the UI has no configuration
     * files of its own, and must not pick up the backend's {@code application.yml} or beans where a
     * test has both on one class path.
     */
    public static ApplicationContext createContext(URI backend) {
        return new UiApplicationContextBuilder()
                .deduceEnvironment(false)
                .environments("ui")
                .enableDefaultPropertySources(false)
                .properties(Map.of(
                        "micronaut.application.name", "reviewhub-ui",
                        "micronaut.http.services.backend.url", backend.toString(),
                        "micronaut.http.services.backend.read-timeout", "30s",
                        "micronaut.http.services.backend.connect-timeout", "5s"))
                .start();
    }

    private static WebAppContext webApp(ApplicationContext context, Path workDir) throws IOException, URISyntaxException {
        WebAppContext webApp = new WebAppContext();
        webApp.setContextPath("/");
        webApp.setParentLoaderPriority(true);
        webApp.setThrowUnavailableOnStartupException(true);
        // The pre-compiled production bundle: there is no dev server (and no npm) here.
        webApp.setInitParameter("productionMode", "true");
        webApp.addConfiguration(new AnnotationConfiguration());
        webApp.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED);
        webApp.setBaseResource(staticResources(webApp));
        Files.createDirectories(workDir);
        webApp.setTempDirectory(Files.createTempDirectory(workDir, "jetty-").toFile());
        // The session cookie (it carries the signed-in session): not readable by scripts, not sent
        // with other sites' requests, and Secure whenever the request came over TLS, or always with
        // REVIEWHUB_UI_SECURE_COOKIES=true (behind a proxy that ends TLS).
        webApp.getSessionHandler().setHttpOnly(true);
        webApp.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        webApp.getSessionHandler().setSecureRequestOnly(true);
        webApp.getSessionHandler().setSecureCookies(secureCookies());
        // Error pages show no stack and no message in the title.
        ErrorPageErrorHandler errors = new QuietErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        webApp.setErrorHandler(errors);
        // Read by MicronautInstantiatorFactory when Vaadin creates its instantiator.
        webApp.setAttribute(ApplicationContext.class.getName(), context);
        return webApp;
    }

    /** Jetty's error page without the table that names the URI and the servlet class: the status and its reason only. */
    private static final class QuietErrorHandler extends ErrorPageErrorHandler {
        @Override
        protected void writeErrorHtmlMessage(org.eclipse.jetty.server.Request request, java.io.Writer writer, int code,
                                             String message, Throwable cause, String uri) throws java.io.IOException {
            writer.write("<h2>Error " + code + "</h2>\n<p>"
                    + org.eclipse.jetty.util.StringUtil.sanitizeXmlString(org.eclipse.jetty.http.HttpStatus.getMessage(code)) + "</p>\n");
        }
    }

    /** {@code REVIEWHUB_UI_SECURE_COOKIES} (or the system property {@code reviewhub.ui.secure-cookies}): true marks the session cookie Secure always. */
    static boolean secureCookies() {
        String value = System.getProperty("reviewhub.ui.secure-cookies", System.getenv("REVIEWHUB_UI_SECURE_COOKIES"));
        return Boolean.parseBoolean(value);
    }

    /** Every {@code META-INF/resources} on the class path (our CSS, Lumo's stylesheets) as one web root. */
    private static Resource staticResources(WebAppContext webApp) throws IOException, URISyntaxException {
        ResourceFactory factory = ResourceFactory.of(webApp);
        List<Resource> roots = new ArrayList<>();
        for (URL url : Collections.list(UiServer.class.getClassLoader().getResources("META-INF/resources"))) {
            roots.add(factory.newResource(url.toURI()));
        }
        return ResourceFactory.combine(roots);
    }

    public URI url() {
        return url;
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            context.close();
        }
    }
}
