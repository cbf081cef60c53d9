package uk.reviewhub.ui.mail;

import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.mail.NoticeLogView;
import uk.reviewhub.api.mail.OutboxMessageView;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.backend.SessionCredentials;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.time.Instant;
import java.util.List;

/**
 * The partnership's outbox: every message Review Hub sent or kept, newest first, with its
 * recipients, subject, time and delivery status in words; the body opens under each. With no mail
 * server configured (the development default) messages are kept here, not sent. Partnership admins
 * also see the reminders and notices, one per recipient, with their attempts.
 */
@Route(value = "outbox", layout = MainLayout.class)
@PageTitle("Outbox | Review Hub")
@Menu(title = "Outbox", order = 30)
@Allowed(Capability.OUTBOX)
@Prototype
public class OutboxView extends Main implements BeforeEnterObserver {


    private final MailClient mail;
    private final Div content = new Div();

    OutboxView(MailClient mail) {
        this.mail = mail;
        addClassName("rh-view");
        add(new H1("Outbox"), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        content.removeAll();
        List<String> roles = SessionCredentials.current().map(c -> c.me().roles()).orElse(List.of());
        boolean admin = roles.contains(Roles.PARTNERSHIP_ADMIN);
        if (!admin && !roles.contains(Roles.BUSINESS_SUPPORT)) {
            content.add(paragraph("outbox-message", "Only partnership admins and business support see the outbox."));
            return;
        }
        try {
            showOutbox(mail.outbox());
            if (admin) {
                showReminders(mail.reminders());
            }
        } catch (BackendProblem problem) {
            Paragraph line = paragraph("outbox-message", "Problem: " + problem.userMessage());
            line.getElement().setAttribute("role", "alert");
            line.addClassName("rh-error");
            content.add(line);
        }
    }

    private void showOutbox(List<OutboxMessageView> messages) {
        content.add(new H2("Messages"));
        showMessages(content, messages);
    }

    /**
     * Kept messages as a table, newest first: when, to whom, the subject, the status in words, and the
     * text opening under each; or a line saying there are none. The platform's outbox shows its own
     * the same way ({@link PlatformOutboxView}).
     */
    static void showMessages(Div content, List<OutboxMessageView> messages) {
        if (messages.isEmpty()) {
            content.add(paragraph("outbox-empty", "No messages yet."));
            return;
        }
        long held = messages.stream().filter(m -> "HELD".equals(m.status())).count();
        long failed = messages.stream().filter(m -> "FAILED".equals(m.status())).count();
        content.add(paragraph("outbox-summary", messages.size() + (messages.size() == 1 ? " message" : " messages")
                + (held > 0 ? "; " + held + " kept in the outbox, not sent (no mail server is configured)" : "")
                + (failed > 0 ? "; " + failed + " failed" : "") + ". Newest first."));
        NativeTable table = table("Messages, newest first", "When", "To", "Subject", "Status", "Message");
        for (OutboxMessageView m : messages) {
            Details body = new Details("Show the message", new Pre(m.body()));
            body.getElement().setAttribute("aria-label", "Show the message: " + m.subject());
            table.getBody().add(row(new Span(when(m.createdAt())), new Span(String.join(", ", m.to())), new Span(m.subject()),
                    new StatusLight(tone(m.status()), statusText(m.status(), m.failure(), m.sentAt())), body));
        }
        content.add(table);
    }

    private void showReminders(List<NoticeLogView> notices) {
        content.add(new H2("Reminders and notices"));
        if (notices.isEmpty()) {
            content.add(paragraph("reminders-empty", "No reminders or notices yet."));
            return;
        }
        content.add(paragraph("reminders-summary", "Each is sent at most once to each person; a failed one is tried again "
                + "by the next run while it is still due."));
        NativeTable table = table("Reminders and notices, newest first", "When", "Notice", "To", "Status", "Attempts");
        for (NoticeLogView n : notices) {
            table.getBody().add(row(new Span(when(n.createdAt())), new Span(kindText(n.noticeKind())), new Span(n.recipient()),
                    new StatusLight(tone(n.status()), statusText(n.status(), n.failure(), n.sentAt())),
                    new Span(String.valueOf(n.attempts()))));
        }
        content.add(table);
    }

    static String kindText(String kind) {
        return switch (kind == null ? "" : kind) {
            case "ITEM_DEADLINE" -> "Agenda item deadline";
            case "AGENDA_PUBLISHED" -> "Agenda published";
            case "MINUTES_CIRCULATED" -> "Minutes circulated";
            case "ACTION_DUE" -> "Action due";
            case "TERMS_OF_REFERENCE_REVIEW" -> "Terms of reference review";
            default -> kind == null ? "" : kind;
        };
    }

    /** The status in words: never colour alone. */
    static String statusText(String status, String failure, Instant sentAt) {
        return switch (status) {
            case "SENT" -> sentAt == null ? "Sent" : "Sent " + when(sentAt);
            case "HELD" -> "Kept in the outbox (not sent)";
            case "PENDING" -> "Being sent";
            case "FAILED" -> "Failed" + (failure == null ? "" : ": " + failure);
            default -> status;
        };
    }

    private static StatusLight.Tone tone(String status) {
        return switch (status) {
            case "SENT" -> StatusLight.Tone.GREEN;
            case "FAILED" -> StatusLight.Tone.RED;
            case "PENDING" -> StatusLight.Tone.AMBER;
            default -> StatusLight.Tone.GREY;
        };
    }

    static String when(Instant instant) {
        return instant == null ? "–" : Dates.WHEN.format(instant);
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }


    private static NativeTable table(String caption, String... headers) {
        return Tables.headed(caption, headers);
    }

    private static NativeTableRow row(Component... cells) {
        NativeTableRow row = new NativeTableRow();
        for (Component content : cells) {
            NativeTableCell cell = new NativeTableCell();
            cell.add(content);
            row.add(cell);
        }
        return row;
    }
}
