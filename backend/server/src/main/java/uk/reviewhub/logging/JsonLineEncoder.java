package uk.reviewhub.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import uk.reviewhub.http.RequestId;
import uk.reviewhub.tenancy.TenantContext;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Production log lines: one JSON object per line with {@code time}, {@code level}, {@code logger},
 * {@code thread}, {@code message}, and, when the line is written while serving a request, its
 * {@code requestId} and the {@code partnership} (the id of the signed-in person's partnership);
 * an exception comes as {@code error} with its stack. Nothing else of the request is logged: no
 * names, emails, tokens or bodies (the messages themselves hold none; see README, Logging).
 * Selected by {@code -Dlogback.configurationFile=logback-json.xml} (the production launcher and
 * images set it).
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    private static final byte[] NOTHING = new byte[0];

    @Override
    public byte[] headerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] footerBytes() {
        return NOTHING;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "time", Instant.ofEpochMilli(event.getTimeStamp()).toString()).append(',');
        field(line, "level", event.getLevel().toString()).append(',');
        field(line, "logger", event.getLoggerName()).append(',');
        field(line, "thread", event.getThreadName()).append(',');
        field(line, "message", event.getFormattedMessage());
        Optional<String> requestId = safely(RequestId::current);
        if (requestId.isPresent()) {
            line.append(',');
            field(line, "requestId", requestId.get());
        }
        Optional<UUID> partnership = safely(TenantContext::current);
        if (partnership.isPresent()) {
            line.append(',');
            field(line, "partnership", partnership.get().toString());
        }
        if (event.getThrowableProxy() != null) {
            line.append(',');
            field(line, "error", stack(event.getThrowableProxy()));
        }
        line.append("}\n");
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reading the request context must never stop a line being written. */
    private static <T> Optional<T> safely(java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String stack(IThrowableProxy error) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy t = error; t != null; t = t.getCause()) {
            if (t != error) {
                text.append("Caused by: ");
            }
            text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append("\tat ").append(frame.getStackTraceElement()).append('\n');
            }
        }
        return text.toString();
    }

    private static StringBuilder field(StringBuilder line, String name, String value) {
        line.append('"').append(name).append("\":\"");
        escape(line, value == null ? "" : value);
        return line.append('"');
    }

    static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
