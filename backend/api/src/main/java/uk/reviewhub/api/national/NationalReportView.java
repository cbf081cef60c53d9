package uk.reviewhub.api.national;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A page of national figures: tables whose values are shown as official statistics show them (a
 * count, a rate or percentage to 1 decimal place, or {@code c} suppressed, {@code x} not available,
 * {@code z} not applicable), each with its definition in words, the caveat and the legend.
 */
@Serdeable
public record NationalReportView(String title,
                                 String period,
                                 String caveat,
                                 List<String> legend,
                                 List<Table> tables,
                                 List<String> notes) {

    @Serdeable
    public record Table(String title,
                        String definition,
                        String rowHeading,
                        List<String> columns,
                        List<Row> rows) {
    }

    @Serdeable
    public record Row(String label,
                      List<String> values) {
    }
}
