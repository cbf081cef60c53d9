package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.html.Span;

/**
 * A traffic light that is never colour alone: a coloured marker (a shape, with a border) and the
 * status in words, e.g. "Overdue (3 working days late)". The colour follows the tone; the words
 * come from the backend.
 */
public final class StatusLight extends Span {

    /** The tones a status can have; each has its own colour and shape in reviewhub.css. */
    public enum Tone { RED, AMBER, GREEN, BLUE, GREY }

    public StatusLight(Tone tone, String words) {
        addClassNames("rh-light", "rh-light--" + tone.name().toLowerCase(java.util.Locale.ROOT));
        Span marker = new Span();
        marker.addClassName("rh-light__marker");
        marker.getElement().setAttribute("aria-hidden", "true");
        Span text = new Span(words);
        text.addClassName("rh-light__text");
        add(marker, text);
        getElement().setAttribute("title", words);
    }

    /** A clock status name from the backend (or DONE / PENDING for steps without a clock). */
    public static StatusLight forClock(String status, String words) {
        Tone tone = switch (status == null ? "" : status) {
            case "OVERDUE", "MET_LATE" -> Tone.RED;
            case "DUE_SOON" -> Tone.AMBER;
            case "ON_TRACK" -> Tone.GREEN;
            case "MET_ON_TIME", "DONE" -> Tone.BLUE;
            default -> Tone.GREY;
        };
        return new StatusLight(tone, words == null || words.isBlank() ? RoleNames.readable(status) : words);
    }

    /** A RAG status name (RED, AMBER, GREEN, BLUE). */
    public static StatusLight forRag(String rag, String words) {
        Tone tone;
        try {
            tone = Tone.valueOf(rag);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            tone = Tone.GREY;
        }
        return new StatusLight(tone, words);
    }
}
