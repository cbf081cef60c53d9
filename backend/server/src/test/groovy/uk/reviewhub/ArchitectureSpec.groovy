package uk.reviewhub

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import spock.lang.Shared
import spock.lang.Specification

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices

/** The boundaries of the backend, checked on its compiled classes (generated jOOQ code excluded). */
class ArchitectureSpec extends Specification {

    @Shared
    JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption({ location -> !location.contains('/uk/reviewhub/database/jooq/') } as ImportOption)
            .importPackages('uk.reviewhub')

    def "the backend's classes were found, so the rules below are not vacuous"() {
        expect:
        backend.size() > 0
        backend.contain('uk.reviewhub.Application')
    }

    def "features do not depend on each other in cycles"() {
        expect:
        slices().matching('uk.reviewhub.(*)..').should().beFreeOfCycles().check(backend)
    }

    def "only persistence code imports jOOQ"() {
        expect:
        noClasses().that().resideOutsideOfPackages('..persistence..', 'uk.reviewhub.database..', 'uk.reviewhub.tenancy..')
                .should().dependOnClassesThat().resideInAPackage('org.jooq..')
                .check(backend)
    }

    def "the backend never imports Vaadin"() {
        expect:
        noClasses().should().dependOnClassesThat().resideInAPackage('com.vaadin..').check(backend)
    }

    def "pure domain rules carry no framework: the time and clock rules import neither Micronaut nor jOOQ nor JDBC"() {
        expect:
        noClasses().that().resideInAPackage('uk.reviewhub.time.clock..')
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut..', 'org.jooq..', 'java.sql..')
                .allowEmptyShould(true)
                .check(backend)
    }

    def "the meeting rules are pure: quorum, recurrence, deadlines, minutes lifecycle and traffic lights import no framework"() {
        expect:
        noClasses().that().haveSimpleNameStartingWith('Quorum')
                .or().haveSimpleNameStartingWith('Recurrence')
                .or().haveSimpleNameStartingWith('MinutesLifecycle')
                .or().haveSimpleNameStartingWith('ActionRag')
                .or().haveSimpleNameStartingWith('MeetingDeadline')
                .or().haveSimpleNameStartingWith('Attendee')
                .or().haveSimpleNameStartingWith('ICalendar')
                .or().haveSimpleNameStartingWith('PaperType')
                .or().haveSimpleNameStartingWith('PerformanceMeasures')
                .or().haveSimpleNameStartingWith('ChairAllocations')
                .or().haveSimpleNameStartingWith('TermsReview')
                .and().resideInAnyPackage('uk.reviewhub.meeting.domain..', 'uk.reviewhub.partnership.domain..')
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut..', 'org.jooq..', 'java.sql..',
                        'uk.reviewhub.meeting.persistence..')
                .check(backend)
    }

    def "the reminder rules are pure: the engine and its facts import no framework, database or persistence"() {
        expect:
        noClasses().that().haveSimpleNameStartingWith('ReminderEngine')
                .or().haveSimpleNameStartingWith('ReminderFacts')
                .or().haveSimpleNameStartingWith('ReminderSettings')
                .or().haveSimpleName('Reminder')
                .and().resideInAPackage('uk.reviewhub.reminder.domain..')
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut..', 'org.jooq..', 'java.sql..',
                        '..persistence..')
                .check(backend)
    }

    def "controllers do not reach into persistence directly across features"() {
        expect:
        noClasses().that().resideInAPackage('..api..')
                .should().dependOnClassesThat().resideInAPackage('uk.reviewhub.database.jooq..')
                .check(backend)
    }
}
