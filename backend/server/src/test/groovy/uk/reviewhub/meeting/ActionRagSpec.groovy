package uk.reviewhub.meeting

import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.meeting.domain.ActionRag
import uk.reviewhub.time.WorkingDayCalendar
import uk.reviewhub.time.clock.StatutoryClock

import java.time.LocalDate

/** Traffic lights of the action log, counted in working days (due soon: within 3). */
class ActionRagSpec extends Specification {

    @Shared StatutoryClock clock = new StatutoryClock(WorkingDayCalendar.englandAndWales(), 3)

    def "#status action due #due, completed #completed, read on #today: #rag '#label'"() {
        when:
        def reading = ActionRag.read(status, LocalDate.parse(due), completed ? LocalDate.parse(completed) : null,
                LocalDate.parse(today), clock)

        then:
        reading.rag().name() == rag
        reading.label() == label

        where:
        status      | due          | completed    | today        || rag         | label
        'OPEN'      | '2027-04-07' | null         | '2027-04-08' || 'RED'       | 'Overdue by 1 working day'
        'OPEN'      | '2027-04-08' | null         | '2027-04-08' || 'AMBER'     | 'Due today'
        'OPEN'      | '2027-04-13' | null         | '2027-04-08' || 'AMBER'     | 'Due in 3 working days'
        'OPEN'      | '2027-04-14' | null         | '2027-04-08' || 'GREEN'     | 'On track'
        // Good Friday and Easter Monday are not working days
        'OPEN'      | '2027-03-25' | null         | '2027-03-30' || 'RED'       | 'Overdue by 1 working day'
        'COMPLETED' | '2027-04-07' | '2027-04-06' | '2027-04-08' || 'COMPLETE'  | 'Completed on time'
        'COMPLETED' | '2027-03-25' | '2027-03-30' | '2027-04-08' || 'COMPLETE'  | 'Completed 1 working day late'
        'CANCELLED' | '2027-03-25' | null         | '2027-04-08' || 'CANCELLED' | 'Cancelled'
    }
}
