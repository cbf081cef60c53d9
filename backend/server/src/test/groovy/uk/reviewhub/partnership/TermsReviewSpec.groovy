package uk.reviewhub.partnership

import spock.lang.Specification
import uk.reviewhub.partnership.domain.TermsReview

import java.time.LocalDate

import static uk.reviewhub.partnership.domain.TermsReview.Reminder.APPROACHING
import static uk.reviewhub.partnership.domain.TermsReview.Reminder.NOT_DUE
import static uk.reviewhub.partnership.domain.TermsReview.Reminder.NOT_SET
import static uk.reviewhub.partnership.domain.TermsReview.Reminder.PASSED

class TermsReviewSpec extends Specification {

    def "review due #due, today 2026-03-01, window 60 days: #reminder"() {
        when:
        def state = TermsReview.of(due ? LocalDate.parse(due) : null, LocalDate.parse('2026-03-01'), 60)

        then:
        state.reminder() == reminder
        state.text() == text

        where:
        due          || reminder    | text
        null         || NOT_SET     | 'No review date is set.'
        '2026-06-01' || NOT_DUE     | 'The review is due on 2026-06-01.'
        '2026-04-30' || APPROACHING | 'The review is due on 2026-04-30, in 60 days.'
        '2026-03-02' || APPROACHING | 'The review is due on 2026-03-02, in 1 day.'
        '2026-03-01' || APPROACHING | 'The review is due today.'
        '2026-02-28' || PASSED      | 'The review was due on 2026-02-28, 1 day ago.'
        '2025-03-01' || PASSED      | 'The review was due on 2025-03-01, 365 days ago.'
    }
}
