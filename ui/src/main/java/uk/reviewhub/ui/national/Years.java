package uk.reviewhub.ui.national;

import com.vaadin.flow.component.select.Select;
import uk.reviewhub.api.vocabulary.FinancialYear;
import uk.reviewhub.ui.shell.Dates;

import java.time.Clock;
import java.util.List;

/** The financial years (April to March) a national page offers, newest first. */
final class Years {

    private Years() {
    }

    static int current(Clock clock) {
        return FinancialYear.containing(Dates.today(clock)).startYear();
    }

    static String label(int year) {
        return new FinancialYear(year).label();
    }

    static Select<Integer> select(Clock clock) {
        int current = current(clock);
        List<Integer> years = FinancialYear.recentStartYears(Dates.today(clock), 9);
        Select<Integer> select = new Select<>();
        select.setLabel("Financial year");
        select.setItems(years);
        select.setItemLabelGenerator(Years::label);
        select.setValue(current);
        select.addClassName("rh-no-print");
        return select;
    }
}
