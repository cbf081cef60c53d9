package uk.reviewhub.platform.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.pack.PackWriter;
import uk.reviewhub.platform.persistence.ArchiveStore;
import uk.reviewhub.tenancy.TenantContext;
import uk.reviewhub.time.LondonTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A partnership's data as one zip, enough to load it elsewhere:
 * <ul>
 *   <li>{@code pack/<slug>/pack.yaml} and {@code pack/<slug>/group-<code>.yaml}: its pack as it stands
 *   now (boroughs, agencies, groups with their member expectations, frameworks and notes, current
 *   seats, the latest terms of reference, clocks, calendar division, national comparators,
 *   safeguarding service), in the schema of {@code tenants/}, readable by the
 *   same pack reader;</li>
 *   <li>{@code records/<table>.json}: every row of every table that holds its data, one file per
 *   table (templates, meetings, cases, audit log and the rest), and {@code records/people.json}:
 *   its people's names and emails (never a password hash);</li>
 *   <li>{@code manifest.json}: what it is, when it was made, and the rows per table.</li>
 * </ul>
 * The reads run with the partnership bound, in one read-only transaction; the export is recorded
 * in the platform's record.
 */
@Singleton
public class PartnershipArchive {

    /** A finished archive. */
    public record Archive(String fileName, byte[] zip) {
    }

    private final PlatformConsole console;
    private final ArchiveStore store;
    private final Clock clock;

    PartnershipArchive(PlatformConsole console, ArchiveStore store, Clock clock) {
        this.console = console;
        this.store = store;
        this.clock = clock;
    }

    public Archive export(UUID actor, UUID partnershipId) {
        PartnershipSummary p = console.partnership(partnershipId);
        Instant now = clock.instant();
        ArchiveStore.Contents contents;
        try {
            contents = TenantContext.callAs(p.id(), () -> store.read(LondonTime.today(clock)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> files = new LinkedHashMap<>();
        new PackWriter().write(contents.pack()).forEach((path, text) -> files.put("pack/" + path, text));
        StringBuilder manifest = new StringBuilder();
        manifest.append("{\n  \"partnershipId\": \"").append(p.id()).append("\",\n  \"slug\": \"").append(p.slug())
                .append("\",\n  \"exportedAt\": \"").append(now).append("\",\n  \"tables\": {");
        int total = 0;
        String comma = "\n";
        for (ArchiveStore.TableRows table : contents.tables()) {
            files.put("records/" + table.table() + ".json", table.json());
            manifest.append(comma).append("    \"").append(table.table()).append("\": ").append(table.rows());
            comma = ",\n";
            total += table.rows();
        }
        files.put("records/people.json", contents.people().json());
        manifest.append("\n  },\n  \"people\": ").append(contents.people().rows()).append("\n}\n");
        files.put("manifest.json", manifest.toString());
        byte[] zip = zip(files);
        console.recordExport(actor, p, contents.tables().size() + " tables, " + total + " rows, "
                + contents.people().rows() + " people");
        return new Archive(p.slug() + "-" + LondonTime.today(clock) + ".zip", zip);
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
