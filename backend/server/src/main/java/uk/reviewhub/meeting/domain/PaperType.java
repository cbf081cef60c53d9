package uk.reviewhub.meeting.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of paper that may be attached to an agenda item, recognised by their content (magic
 * bytes and, for the zip-based formats, the entries that make them what they are) and required to
 * match the file name's extension. Macro-enabled Office files are refused. Pure: no framework.
 */
public enum PaperType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    TXT("txt", "text/plain; charset=utf-8");

    /** The most entries a zip-based paper may have; one more and it is refused. */
    static final int MOST_ZIP_ENTRIES = 2000;
    /** The most a zip-based paper may expand to, all entries together; a byte more and it is refused. */
    static final long MOST_EXPANDED_BYTES = 256L * 1024 * 1024;
    /**
     * The most an archive may expand per byte of it read (real Office files stay well below); past
     * {@link #RATIO_FLOOR_BYTES} expanded, a higher ratio is refused as an archive bomb.
     */
    static final long MOST_EXPANSION_RATIO = 200;
    static final long RATIO_FLOOR_BYTES = 1024L * 1024;

    private final String extension;
    private final String mediaType;

    PaperType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Why a file is refused, in words for the person uploading it. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** The type of a file, or why it is refused. */
    public static PaperType check(String fileName, byte[] content) throws Refused {
        String ext = extension(fileName).orElseThrow(() -> new Refused(
                "The file name has no extension; papers may be " + allowed() + "."));
        PaperType claimed = null;
        for (PaperType t : values()) {
            if (t.extension.equals(ext)) {
                claimed = t;
            }
        }
        if (claimed == null) {
            throw new Refused("." + ext + " files are not accepted; papers may be " + allowed() + ".");
        }
        PaperType actual = inspect(content).orElseThrow(() -> new Refused(
                "The file's content is not a " + allowed() + " document."));
        if (actual != claimed) {
            throw new Refused("The file is named ." + ext + " but its content is " + actual.extension.toUpperCase(Locale.ROOT) + ".");
        }
        return actual;
    }

    /** What the content is, by its bytes alone (nothing for an archive bomb). */
    public static Optional<PaperType> detect(byte[] content) {
        try {
            return inspect(content);
        } catch (Refused bomb) {
            return Optional.empty();
        }
    }

    private static Optional<PaperType> inspect(byte[] content) throws Refused {
        if (content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[]{'P', 'K', 3, 4})) {
            return zipType(content);
        }
        return isText(content) ? Optional.of(TXT) : Optional.empty();
    }

    /**
     * Reads the archive's entries as a stream, inflating every byte through a counter (skipping an
     * entry inflates it too): it stops at the first excess (one entry too many, the total expansion
     * or the expansion per byte read too high), so a bomb costs milliseconds, not its expanded size.
     */
    private static Optional<PaperType> zipType(byte[] content) throws Refused {
        Set<String> names = new HashSet<>();
        String odfMimetype = null;
        CountingInput counted = new CountingInput(content);
        long expanded = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() == MOST_ZIP_ENTRIES) {
                    throw new Refused("The file holds more than " + MOST_ZIP_ENTRIES + " parts; papers are refused past that.");
                }
                String name = entry.getName();
                names.add(name);
                boolean first = names.size() == 1;
                StringBuilder head = new StringBuilder();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    if (first && name.equals("mimetype") && head.length() < 100) {
                        head.append(new String(buffer, 0, Math.min(read, 100 - head.length()), StandardCharsets.US_ASCII));
                    }
                    expanded += read;
                    if (expanded > MOST_EXPANDED_BYTES) {
                        throw new Refused("The file expands to more than " + MOST_EXPANDED_BYTES / (1024 * 1024)
                                + " MB when opened; papers are refused past that.");
                    }
                    if (expanded > RATIO_FLOOR_BYTES && expanded > MOST_EXPANSION_RATIO * counted.count()) {
                        throw new Refused("The file expands more than " + MOST_EXPANSION_RATIO
                                + " times when opened, as archive bombs do; it is refused.");
                    }
                }
                if (first && name.equals("mimetype")) {
                    odfMimetype = head.toString().strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return Optional.empty(); // macros
        }
        if ("application/vnd.oasis.opendocument.text".equals(odfMimetype) && names.contains("content.xml")) {
            return Optional.of(ODT);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    /** UTF-8 (with or without a byte order mark) with no NUL or other binary control characters. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static String allowed() {
        return "PDF, DOCX, XLSX, PPTX, ODT or TXT";
    }

    /** The content as a stream that counts the bytes taken from it. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] content) {
            super(content);
        }

        long count() {
            return pos;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name a paper is kept and served under: the last path segment, without control
     * characters or quotes, at most 255 characters.
     */
    public static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(cp -> cp >= 0x20 && cp != 0x7f && cp != '"').forEach(out::appendCodePoint);
        String safe = out.toString().strip();
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        if (safe.length() > 255) {
            safe = safe.substring(safe.length() - 255);
        }
        return safe;
    }
}
