package uk.reviewhub.ui.shell;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Role and code names as people read them: {@code VICE_CHAIR} → "Vice chair". */
public final class RoleNames {

    private RoleNames() {
    }

    public static String readable(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.trim().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String readable(Collection<String> codes) {
        return codes.stream().map(RoleNames::readable).collect(Collectors.joining(", "));
    }
}
