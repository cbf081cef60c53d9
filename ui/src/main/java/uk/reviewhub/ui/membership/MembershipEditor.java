package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.RoleNames;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The place above the lists where one form or history panel is open at a time (partnership
 * admins' forms; everyone's histories). Opening one closes the other.
 */
final class MembershipEditor extends Div {

    static final Map<String, String> KINDS = words("STANDING", "Standing", "CO_OPTED", "Co-opted", "LEGAL_ADVICE", "Legal advice",
            "INVITED", "Invited");
    private static final Map<String, String> FIELDS = words("agency", "Agency", "positionTitle", "Post", "groupRole", "Role",
            "membershipKind", "Membership", "startDate", "Start date", "endDate", "End date", "endReason", "Reason for ending",
            "userId", "Linked person", "deputy", "Standing deputy", "deputyDelegatedAuthority", "Deputy's delegated authority",
            "deputyFrom", "Deputy from", "deputyTo", "Deputy until", "code", "Code", "name", "Name", "kind", "Kind",
            "statutoryPartner", "Statutory partner", "compactSignedOn", "Compact signed on");

    MembershipEditor() {
        setId("membership-editor");
    }

    /** Opens {@code form} in place of whatever was open. */
    void open(Component form) {
        removeAll();
        add(form);
    }

    void close() {
        removeAll();
    }

    /** A Cancel button closing the form (Escape too). */
    Button cancel() {
        Button cancel = new Button("Cancel", click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        return cancel;
    }

    void showHistory(String title, Supplier<List<MembershipChangeView>> history) {
        showHistory(title, history, false);
    }

    /** The history in a panel above the lists; {@code includeSubject}: name the seat of each entry (a group's history). */
    void showHistory(String title, Supplier<List<MembershipChangeView>> history, boolean includeSubject) {
        removeAll();
        Section panel = new Section(new H2(title));
        panel.setId("membership-history");
        List<MembershipChangeView> entries = history.get();
        if (entries.isEmpty()) {
            panel.add(new Paragraph("No changes are recorded."));
        } else {
            OrderedList list = new OrderedList();
            entries.forEach(entry -> list.add(new ListItem(historyText(entry, includeSubject))));
            panel.add(list);
        }
        Button close = new Button("Close history", click -> close());
        close.addClickShortcut(Key.ESCAPE);
        panel.add(close);
        add(panel);
    }

    static String historyText(MembershipChangeView entry, boolean includeSubject) {
        StringBuilder text = new StringBuilder();
        if (entry.subjectName() != null && includeSubject) {
            text.append(entry.subjectName()).append(": ");
        }
        text.append(Dates.WHEN.format(entry.changedAt()));
        text.append(", ").append("PACK".equals(entry.source()) ? "by the partnership pack"
                : "by " + (entry.changedByName() == null ? "a partnership admin" : entry.changedByName()));
        text.append(": ").append(switch (entry.action()) {
            case "ADDED" -> "added";
            case "ENDED" -> "ended";
            case "REMOVED" -> "removed";
            default -> "changed";
        }).append('.');
        entry.changes().forEach(change -> text.append(' ').append(FIELDS.getOrDefault(change.field(), change.field())).append(": ")
                .append(value(change.field(), change.before())).append(" → ").append(value(change.field(), change.after()))
                .append('.'));
        if (entry.reason() != null) {
            text.append(" Reason: ").append(entry.reason());
        }
        return text.toString();
    }

    private static String value(String field, String value) {
        if (value == null) {
            return "none";
        }
        if (field.endsWith("Date") || field.endsWith("On") || field.equals("deputyFrom") || field.equals("deputyTo")) {
            try {
                return Dates.cell(LocalDate.parse(value));
            } catch (RuntimeException notADate) {
                return value;
            }
        }
        if (field.equals("membershipKind")) {
            return KINDS.getOrDefault(value, value);
        }
        if (field.equals("groupRole") || field.equals("kind")) {
            return RoleNames.readable(value);
        }
        return value;
    }

    /** A small button acting on one row, named with what it acts on. */
    static Button action(String verb, String subject, Runnable run) {
        Button button = new Button(verb, click -> run.run());
        button.getElement().setAttribute("aria-label", verb + " " + subject);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Map<String, String> words(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
