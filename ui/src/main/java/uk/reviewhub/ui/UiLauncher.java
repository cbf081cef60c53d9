package uk.reviewhub.ui;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the UI. {@code REVIEWHUB_UI_PORT} (default 8080), {@code REVIEWHUB_UI_HOST} (default
 * 0.0.0.0), {@code REVIEWHUB_BACKEND_URL} (default http://localhost:8081). Launch with the class
 * path on {@code java -cp}: Jetty scans {@code java.class.path} for Vaadin's initialisers.
 */
public final class UiLauncher {

    private UiLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("REVIEWHUB_UI_PORT", "8080"));
        String host = env("REVIEWHUB_UI_HOST", "0.0.0.0");
        URI backend = URI.create(env("REVIEWHUB_BACKEND_URL", "http://localhost:8081"));
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "reviewhub-ui");

        UiServer server = UiServer.start(new UiServer.Settings(host, port, backend, workDir));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Stopping the UI failed: " + e.getMessage());
            }
        }, "reviewhub-ui-shutdown"));

        Duration sinceJvmStart = Duration.ofMillis(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        System.out.println("Review Hub UI ready at " + server.url() + " (backend " + backend + ", started in "
                + sinceJvmStart.toMillis() + " ms)");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
