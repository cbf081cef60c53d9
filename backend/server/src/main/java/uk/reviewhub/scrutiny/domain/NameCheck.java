package uk.reviewhub.scrutiny.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimal-data check on scrutiny's free text: it finds what looks like a person's name (a title
 * such as Mr or Ms, or a family word such as mother or child, followed by a capitalised word) or a
 * case number (a run of five or more digits, possibly after letters). It only warns: the scrutineer
 * may confirm the text holds none. It cannot find every name, and says so on the form.
 */
public final class NameCheck {

    private static final Pattern TITLED = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Miss|Mx|Master)\\.?\\s+[A-Z][a-z'-]+");
    private static final Pattern FAMILY_WORD = Pattern.compile(
            "\\b(?i:child|baby|mother|father|mum|dad|parent|carer|brother|sister|sibling|son|daughter|grandmother"
                    + "|grandfather|nan|aunt|uncle|stepfather|stepmother|boyfriend|girlfriend|partner|named|called|young person)"
                    + "\\s+(?!(?:The|A|An|And|Or|But|In|On|At|I|It|He|She|They|We|Was|Is|Had|Has|Who|Did)\\b)[A-Z][a-z'-]+");
    private static final Pattern CASE_NUMBER = Pattern.compile("\\b[A-Za-z]{0,4}[-/]?\\d{5,}\\b");

    private NameCheck() {
    }

    /** The first stretch of {@code text} that looks like a name or a case number, if any. */
    public static Optional<String> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher titled = TITLED.matcher(text);
        if (titled.find()) {
            return Optional.of(titled.group());
        }
        Matcher family = FAMILY_WORD.matcher(text);
        if (family.find()) {
            return Optional.of(family.group());
        }
        Matcher number = CASE_NUMBER.matcher(text);
        if (number.find()) {
            return Optional.of(number.group());
        }
        return Optional.empty();
    }
}
