package uk.reviewhub

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.lang.ArchRule
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

    /** Domain code (every feature's domain package and the shared refusals) answers in no HTTP terms. */
    static ArchRule domainImportsNoHttp() {
        noClasses().that().resideInAnyPackage('..domain..', 'uk.reviewhub.problem..')
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut.http..')
                .because('domain code raises the framework-free refusals of uk.reviewhub.problem; '
                        + 'the one handler in uk.reviewhub.web maps them to HTTP')
    }

    /** Controllers (the api packages) go through their feature's domain, never to a store or the generated tables. */
    static ArchRule controllersImportNoPersistence() {
        noClasses().that().resideInAPackage('..api..').or().haveSimpleNameEndingWith('Controller')
                .should().dependOnClassesThat().resideInAnyPackage('..persistence..', 'uk.reviewhub.database.jooq..')
                .because("a controller calls its feature's domain, which owns the reads and writes")
    }

    /** Deliberately wrong classes (src/test, package uk.reviewhub.archfixture), scanned only here. */
    @Shared
    JavaClasses wrongOnPurpose = new ClassFileImporter().importPackages('uk.reviewhub.archfixture')

    def "domain imports no HTTP framework"() {
        expect:
        domainImportsNoHttp().check(backend)
    }

    def "controllers do not import persistence"() {
        expect:
        controllersImportNoPersistence().check(backend)
    }

    def "each boundary rule fails on a deliberately wrong class, so neither passes vacuously: #rule"() {
        expect: 'the fixture holds the wrong class'
        wrongOnPurpose.contain(wrongClass)

        when:
        check.call().check(wrongOnPurpose)

        then:
        def failure = thrown(AssertionError)
        failure.message.contains(wrongClass)

        where:
        rule                                      | check                                   | wrongClass
        'domain imports no HTTP framework'        | { domainImportsNoHttp() }               | 'uk.reviewhub.archfixture.domain.HttpInDomain'
        'controllers do not import persistence'   | { controllersImportNoPersistence() }    | 'uk.reviewhub.archfixture.api.PersistenceInController'
    }
}
