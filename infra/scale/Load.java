// Write load for the scale-out and crash scripts (run as a single-file program: java Load.java ...).
// Several clients create cases through the API for a number of seconds; every case the server
// acknowledged (201) is written, one local authority case reference a line, to <out>/acked-<n>.txt
// as soon as the answer arrives, so a client killed or a server killed meanwhile loses nothing
// of the record. Stops after SECONDS, or earlier once OUT_DIR/stop exists. Prints one line of
// figures at the end.
//
//   java Load.java BASE_URL BEARER_TOKEN CLIENTS SECONDS OUT_DIR [PREFIX]
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class Load {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        Path out = Path.of(args[4]);
        String prefix = args.length > 5 ? args[5] : "LOAD";
        Files.createDirectories(out);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                Path file = out.resolve("acked-" + prefix + "-" + client + ".txt");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    long n = 0;
                    while (System.nanoTime() < end && !Files.exists(out.resolve("stop"))) {
                        String ref = prefix + "-" + client + "-" + (n++) + "-" + System.nanoTime() % 100000;
                        String body = """
                                {"origin":"SIN","nature":"SERIOUS_HARM","laCaseReference":"%s","childIdentifier":"A.B.",\
                                "ageBand":"UNDER_1","sex":"FEMALE","ethnicity":"WHITE","lookedAfter":false,"cpPlan":true,\
                                "awareOn":"2025-03-03","notifiedOn":"2025-03-05"}""".formatted(ref);
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        try {
                            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() == 201) {
                                w.write(ref + "\n");
                                w.flush();
                                acked.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                                refusals.computeIfAbsent(String.valueOf(answer.statusCode()), k -> new AtomicLong()).incrementAndGet();
                                Thread.sleep(50);
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                            refusals.computeIfAbsent("no answer", k -> new AtomicLong()).incrementAndGet();
                            Thread.sleep(50);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long took = Duration.ofNanos(System.nanoTime() - end + Duration.ofSeconds(seconds).toNanos()).toSeconds();
        System.out.println("load " + prefix + ": " + clients + " clients, " + took + " s: " + acked.get()
                + " writes acknowledged, " + failed.get() + " not acknowledged " + refusals);
    }
}
