package uk.reviewhub.actionplan

import spock.lang.Specification
import uk.reviewhub.actionplan.domain.RagRules
import uk.reviewhub.time.WorkingDayCalendar

import java.time.LocalDate

import static uk.reviewhub.api.actionplan.Rag.*

class RagRulesSpec extends Specification {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales()

    def "an action created #created, due #due, #progress% done, completed #completed, read on #today is #rag (amber within #amber working days, behind by #behind points)"() {
        expect:
        new RagRules(amber, behind).compute(d(created), d(due), progress, d(completed), d(today), CALENDAR) == rag

        where:
        created      | due          | progress | completed    | today        | amber | behind || rag
        '2025-01-06' | '2025-06-30' | 10       | '2025-03-01' | '2025-09-01' | 10    | 25     || BLUE   // complete, even late
        '2025-01-06' | '2025-06-30' | 90       | null         | '2025-07-01' | 10    | 25     || RED    // the day after the due date
        '2025-01-06' | '2025-06-30' | 90       | null         | '2025-06-30' | 10    | 25     || AMBER  // due today
        '2025-01-06' | '2025-06-30' | 90       | null         | '2025-06-16' | 10    | 25     || AMBER  // 10 working days away
        '2025-01-06' | '2025-06-30' | 90       | null         | '2025-06-13' | 10    | 25     || GREEN  // 11 working days away
        '2025-01-06' | '2025-06-30' | 90       | null         | '2025-06-13' | 11    | 25     || AMBER  // a wider amber window
        '2025-12-01' | '2026-01-05' | 90       | null         | '2025-12-24' | 5     | 25     || AMBER  // 5 working days over Christmas
        '2025-12-01' | '2026-01-05' | 90       | null         | '2025-12-23' | 5     | 25     || GREEN  // 6, though 13 calendar days
        '2025-01-01' | '2099-12-31' | 0        | null         | '2025-01-02' | 10    | 25     || GREEN  // beyond the bank-holiday data
        '2025-01-01' | '2025-12-31' | 20       | null         | '2025-07-02' | 10    | 25     || AMBER  // half the time gone, 20% done
        '2025-01-01' | '2025-12-31' | 30       | null         | '2025-07-02' | 10    | 25     || GREEN  // within 25 points of 50%
        '2025-01-01' | '2025-12-31' | 30       | null         | '2025-07-02' | 10    | 10     || AMBER  // a stricter tolerance
        '2025-01-01' | '2025-12-31' | 0        | null         | '2025-01-01' | 10    | 25     || GREEN  // just started
    }

    static LocalDate d(String text) {
        text == null ? null : LocalDate.parse(text)
    }
}
