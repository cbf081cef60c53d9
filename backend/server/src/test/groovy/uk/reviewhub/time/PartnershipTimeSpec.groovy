package uk.reviewhub.time

import jakarta.inject.Inject
import uk.reviewhub.time.context.DeadlineCalculator
import uk.reviewhub.time.context.PartnershipTime
import spock.lang.Shared
import uk.reviewhub.actionplan.domain.CompositeActionPlan
import uk.reviewhub.casereview.domain.CaseReviews
import uk.reviewhub.identity.TestUsers
import uk.reviewhub.meeting.domain.GroupPerformance
import uk.reviewhub.meeting.domain.MeetingAgenda
import uk.reviewhub.meeting.domain.MeetingMinutes
import uk.reviewhub.reminder.domain.Reminders
import uk.reviewhub.tenancy.TenantContext
import uk.reviewhub.testing.IntegrationSpec
import uk.reviewhub.testing.PostgresFixture

import java.sql.Connection
import java.time.LocalDate

/**
 * One time context per partnership: each working-day computation counts in the bound partnership's
 * own bank-holiday division. Friday 27 November 2026 plus one working day is Monday 30 November in
 * England and Wales, but Tuesday 1 December in Scotland, where the 30th is St Andrew's Day.
 * (ArchitectureSpec keeps every computation on this context: no class outside the time package is
 * handed the England and Wales beans.)
 */
class PartnershipTimeSpec extends IntegrationSpec {

    @Inject DeadlineCalculator calculator
    @Inject CaseReviews caseReviews
    @Inject Reminders reminders
    @Inject CompositeActionPlan actionPlan
    @Inject MeetingAgenda agenda
    @Inject MeetingMinutes minutes
    @Inject GroupPerformance performance

    @Shared UUID scottish
    @Shared UUID english

    static final LocalDate FRIDAY = LocalDate.parse('2026-11-27')

    def setupSpec() {
        String suffix = UUID.randomUUID().toString().substring(0, 8)
        scottish = TestUsers.partnership("scots-$suffix")
        english = TestUsers.partnership("english-$suffix")
        Connection c = PostgresFixture.get().ownerConnection()
        try {
            def s = c.prepareStatement("update partnership set calendar_division = 'scotland' where tenant_id = ?")
            s.setObject(1, scottish)
            assert s.executeUpdate() == 1
        } finally {
            c.close()
        }
    }

    /** The working day after {@code FRIDAY} as {@code computation} counts it, with {@code partnership} bound. */
    LocalDate nextWorkingDay(UUID partnership, Closure<LocalDate> computation) {
        TenantContext.callAs(partnership) { computation.call(this) }
    }

    /** The time context a bean was given (through Micronaut's intercepting subclass, if any). */
    static PartnershipTime time(Object bean) {
        for (Class<?> type = bean.getClass(); type != null; type = type.superclass) {
            def field = type.declaredFields.find { it.type == PartnershipTime }
            if (field) {
                field.accessible = true
                return field.get(bean) as PartnershipTime
            }
        }
        throw new AssertionError("${bean.getClass()} holds no PartnershipTime")
    }

    def "#computation counts St Andrew's Day as a holiday for a Scottish partnership only"() {
        expect:
        nextWorkingDay(scottish, count) == LocalDate.parse('2026-12-01')
        nextWorkingDay(english, count) == LocalDate.parse('2026-11-30')

        where:
        computation                        | count
        'the deadline calculator'          | { it.calculator.due(FRIDAY.toString(), '1', null, null).due() }
        'the deadline calculator by clock' | { it.calculator.due('2026-11-23', null, null, 'sin-notification').due() }
        'case clocks'                      | { it.caseReviews.clocks().clock().calendar().addWorkingDays(FRIDAY, 1) }
        'reminders'                        | { it.reminders.engine().@calendar.addWorkingDays(FRIDAY, 1) }
        "the CAP's RAG"                    | { time(it.actionPlan).calendar().addWorkingDays(FRIDAY, 1) }
        'agenda late flags'                | { time(it.agenda).calendar().addWorkingDays(FRIDAY, 1) }
        'the publishing clock'             | { time(it.agenda).statutoryClock().calendar().addWorkingDays(FRIDAY, 1) }
        'the minutes clock and action RAG' | { time(it.minutes).statutoryClock().calendar().addWorkingDays(FRIDAY, 1) }
        'performance measures'             | { time(it.performance).calendar().addWorkingDays(FRIDAY, 1) }
    }
}
