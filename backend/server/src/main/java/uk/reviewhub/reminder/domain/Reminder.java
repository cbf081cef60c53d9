package uk.reviewhub.reminder.domain;

import uk.reviewhub.mail.domain.NoticeKind;

import java.util.Map;
import java.util.Objects;

/**
 * One reminder due to one person: {@code key} names it stably (the same reminder worked out on
 * another run or replica has the same key), so it is sent at most once. {@code data} is what the
 * notice's template reads.
 */
public record Reminder(String key, NoticeKind kind, ReminderFacts.Person to, Map<String, Object> data) {

    public Reminder {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        data = Map.copyOf(data);
    }
}
