package uk.reviewhub.ui.meeting;

import uk.reviewhub.api.validation.DateWindows;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import uk.reviewhub.api.meeting.MeetingView;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One month of a group's meetings as a calendar table (weeks from Monday), each meeting a link
 * with its time and status in words; previous and next month buttons.
 */
class MonthCalendar extends Section {


    private final Function<YearMonth, List<MeetingView>> meetingsOf;
    private final Div body = new Div();
    private YearMonth month;

    MonthCalendar(YearMonth month, Function<YearMonth, List<MeetingView>> meetingsOf) {
        this.month = month;
        this.meetingsOf = meetingsOf;
        setId("meeting-calendar");
        Button previous = new Button("Previous month", click -> show(this.month.minusMonths(1)));
        Button next = new Button("Next month", click -> show(this.month.plusMonths(1)));
        add(new H2("Calendar"), new Div(previous, next), body);
        show(month);
    }

    private void show(YearMonth shown) {
        month = shown;
        body.removeAll();
        List<MeetingView> meetings = meetingsOf.apply(shown);
        NativeTable table = new NativeTable();
        table.addClassName("rh-table");
        table.addClassName("rh-calendar");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Meetings in " + DateWindows.UK_MONTH.format(shown));
        caption.setId("calendar-month");
        table.add(caption);
        NativeTableRow header = new NativeTableRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(day.getDisplayName(TextStyle.SHORT, Locale.UK));
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, Locale.UK));
            header.add(cell);
        }
        table.getHead().add(header);
        LocalDate first = shown.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        while (!cursor.isAfter(shown.atEndOfMonth())) {
            NativeTableRow week = new NativeTableRow();
            for (int i = 0; i < 7; i++) {
                week.add(day(cursor, shown, meetings));
                cursor = cursor.plusDays(1);
            }
            table.getBody().add(week);
        }
        body.add(table);
    }

    private static NativeTableCell day(LocalDate date, YearMonth shown, List<MeetingView> meetings) {
        NativeTableCell cell = new NativeTableCell();
        if (!YearMonth.from(date).equals(shown)) {
            return cell;
        }
        cell.add(new Span(String.valueOf(date.getDayOfMonth())));
        meetings.stream().filter(m -> m.scheduledStart().toLocalDate().equals(date)).forEach(m -> {
            RouterLink link = new RouterLink(DateWindows.UK_TIME.format(m.scheduledStart()) + " " + m.title() + " ("
                    + MeetingParts.statusWord(m).toLowerCase(Locale.UK) + ")", MeetingPage.class, m.id().toString());
            cell.add(new Div(link));
        });
        return cell;
    }
}
