package uk.reviewhub.web;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every string of every request body, read once here: text with a control character (NUL and the
 * other C0 characters except tab, line feed and carriage return, and DEL) is refused while the JSON
 * is read, before any code sees it. PostgreSQL cannot store NUL in text, and no field of this API
 * means to carry the others. The refusal names the field ({@link ProblemExceptionHandlers}).
 */
@Singleton
final class PlainTextDeserializer implements Deserializer<String> {

    static final String CONTROL_CHARACTERS = "Text cannot contain control characters (such as NUL): remove them and try again.";

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return checked(decoder, decoder.decodeString());
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return checked(decoder, decoder.decodeStringNullable());
    }

    private static String checked(Decoder decoder, String value) throws IOException {
        if (value != null && hasControlCharacter(value)) {
            throw decoder.createDeserializationException(CONTROL_CHARACTERS, null);
        }
        return value;
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
