package uk.reviewhub.ui.national;

import com.vaadin.flow.component.select.Select;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The financial years (April to March) a national page offers, newest first. */
final class Years {

    private Years() {
    }

    static int current(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    static String label(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }

    static Select<Integer> select(Clock clock) {
        int current = current(clock);
        List<Integer> years = new ArrayList<>();
        for (int y = current; y > current - 10; y--) {
            years.add(y);
        }
        Select<Integer> select = new Select<>();
        select.setLabel("Financial year");
        select.setItems(years);
        select.setItemLabelGenerator(Years::label);
        select.setValue(current);
        select.addClassName("rh-no-print");
        return select;
    }
}
