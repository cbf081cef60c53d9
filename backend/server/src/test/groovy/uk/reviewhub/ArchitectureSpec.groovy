package uk.reviewhub

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.domain.JavaMethodCall
import com.tngtech.archunit.lang.ArchCondition
import com.tngtech.archunit.lang.ArchRule
import com.tngtech.archunit.lang.ConditionEvents
import com.tngtech.archunit.lang.SimpleConditionEvent
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.lang.ArchRule
import spock.lang.Shared
import spock.lang.Specification

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes
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

    /**
     * Features whose persistence is on jOOQ's generated tables (no SQL text). The list grows as features
     * convert; whether their persistence is also free of API records is {@link #API_IN_PERSISTENCE}'s question.
     */
    static final List<String> ON_GENERATED_SCHEMA = ['casereview', 'membership', 'learning', 'audit', 'actionplan', 'mail', 'time', 'conference', 'national', 'scrutiny', 'onboarding', 'platform', 'invitation', 'throttle', 'sso', 'meeting',
                                                    'identity', 'reminder', 'access', 'document', 'partnership']

    /** Features whose persistence still builds or takes API records: exceptions that only shrink. */
    static final List<String> API_IN_PERSISTENCE = []

    /** Features whose domain still builds or takes API records (views not yet made at the edge): exceptions that only shrink. */
    static final List<String> API_IN_DOMAIN = []

    /** The features that have a package {@code uk.reviewhub.<feature>.<layer>}. */
    List<String> featuresWith(String layer) {
        backend.collect { it.packageName }.findAll { it ==~ /uk\.reviewhub\.\w+\.${layer}(\..*)?/ }
                .collect { it.split('\\.')[2] }.unique()
    }

    /** The API's records (its vocabulary enums and FinancialYear excepted: they are the domain's words too). */
    static final DescribedPredicate<JavaClass> API_RECORDS = DescribedPredicate.describe('API records (vocabulary enums and FinancialYear excepted)',
            { JavaClass c -> c.packageName.startsWith('uk.reviewhub.api') && !c.enum && c.name != 'uk.reviewhub.api.vocabulary.FinancialYear' } as java.util.function.Predicate)

    static ArchRule persistenceImportsNoApi(List<String> features) {
        noClasses().that().resideInAnyPackage(features.collect { "uk.reviewhub.${it}.persistence..".toString() } as String[])
                .should().dependOnClassesThat(API_RECORDS)
                .because('persistence returns domain records; API views are made at the edge')
    }

    static ArchRule domainImportsNoApi(List<String> features) {
        noClasses().that().resideInAnyPackage(features.collect { "uk.reviewhub.${it}.domain..".toString() } as String[])
                .should().dependOnClassesThat(API_RECORDS)
                .because('the domain has its own records; API views are made at the edge')
    }

    /** A call of a DSLContext method whose first argument is SQL text (fetch("select ..."), execute("update ...")). */
    static final DescribedPredicate<JavaMethodCall> STRING_SQL = DescribedPredicate.describe('a DSLContext method taking SQL text',
            { JavaMethodCall call ->
                def target = call.target
                target.owner.isAssignableTo('org.jooq.DSLContext') && !target.rawParameterTypes.empty &&
                        target.rawParameterTypes[0].name in ['java.lang.String', 'org.jooq.SQL']
            } as java.util.function.Predicate)

    static ArchRule noStringSql(List<String> features) {
        noClasses().that().resideInAnyPackage(features.collect { "uk.reviewhub.${it}.persistence..".toString() } as String[])
                .should().callMethodWhere(STRING_SQL)
                .because('queries use the generated tables and their typed columns')
    }

    def "the converted features' persistence uses the generated tables, not SQL text"() {
        expect:
        noStringSql(ON_GENERATED_SCHEMA).check(backend)
    }

    def "persistence does not import the API records (the listed features excepted)"() {
        given:
        def features = featuresWith('persistence')

        expect: 'every exception is a real feature, so the list only shrinks'
        features.containsAll(ON_GENERATED_SCHEMA + API_IN_PERSISTENCE)
        API_IN_PERSISTENCE.findAll { !persistenceImportsNoApi([it]).evaluate(backend).hasViolation() } == []

        and:
        persistenceImportsNoApi(features - API_IN_PERSISTENCE).check(backend)
    }

    def "the domain does not import the API records (the listed features excepted)"() {
        given:
        def features = featuresWith('domain')

        expect: 'every exception is a real feature, so the list only shrinks'
        features.containsAll(API_IN_DOMAIN)
        API_IN_DOMAIN.findAll { !domainImportsNoApi([it]).evaluate(backend).hasViolation() } == []

        and:
        domainImportsNoApi(features - API_IN_DOMAIN).check(backend)
    }

    def "the domain rule fails on an API record in a domain class and passes its vocabulary enums"() {
        given: 'a fixture domain class that makes a meeting API view and names an agency kind'
        JavaClasses wrong = new ClassFileImporter().importClasses(uk.reviewhub.archfixture.domain.ApiRecordsInDomain)

        when:
        domainImportsNoApi(['archfixture']).check(wrong)

        then:
        AssertionError failure = thrown()
        failure.message.contains('QuorumVerdictView')
        !failure.message.contains('AgencyKind')
    }

    def "the persistence rules fail on a deliberately wrong class, so they cannot pass vacuously"() {
        given: 'a fixture persistence class that builds an API record from SQL text'
        JavaClasses wrong = new ClassFileImporter().importClasses(uk.reviewhub.archfixture.persistence.WrongQueries)

        when:
        persistenceImportsNoApi(['archfixture']).check(wrong)

        then:
        AssertionError apiImported = thrown()
        apiImported.message.contains('WrongQueries')

        when:
        noStringSql(['archfixture']).check(wrong)

        then:
        AssertionError sqlText = thrown()
        sqlText.message.contains('DSLContext.fetch')
    }

    def "only persistence code imports jOOQ"() {
        expect:
        noClasses().that().resideOutsideOfPackages('..persistence..', 'uk.reviewhub.database..', 'uk.reviewhub.tenancy..')
                .should().dependOnClassesThat().resideInAPackage('org.jooq..')
                .check(backend)
    }

    def "the global registration table is reached only through the onboarding package"() {
        expect:
        noClasses().that().resideOutsideOfPackages('uk.reviewhub.onboarding..', 'uk.reviewhub.database.jooq..')
                .should().dependOnClassesThat().haveFullyQualifiedName('uk.reviewhub.database.jooq.tables.Registration')
                .orShould().dependOnClassesThat().haveFullyQualifiedName('uk.reviewhub.database.jooq.tables.records.RegistrationRecord')
                .because('requests for new partnerships (names, emails, link hashes) have one narrow path')
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

    /** The beans of one fixed division (England and Wales): only the time package may take them. */
    static final List<String> FIXED_CALENDAR_BEANS = ['uk.reviewhub.time.WorkingDayCalendar', 'uk.reviewhub.time.WorkingDayCalendars',
                                                      'uk.reviewhub.time.clock.StatutoryClock']

    static final List<String> BEAN_ANNOTATIONS = ['jakarta.inject.Singleton', 'io.micronaut.context.annotation.Context',
                                                  'io.micronaut.http.annotation.Controller', 'io.micronaut.context.annotation.Prototype']

    /**
     * Every working-day computation takes its calendar from {@code PartnershipTime} (the bound partnership's
     * own division): no bean outside the time package is handed the England and Wales beans.
     */
    static ArchRule workingDaysFromPartnershipTime() {
        classes().that().resideOutsideOfPackage('uk.reviewhub.time..')
                .should(new ArchCondition<JavaClass>('take no fixed-division calendar or clock in a constructor') {
                    @Override
                    void check(JavaClass c, ConditionEvents events) {
                        if (!BEAN_ANNOTATIONS.any { c.isAnnotatedWith(it) }) {
                            return // a value computed from PartnershipTime may hold a calendar; only beans are injected
                        }
                        c.constructors.findAll { k -> k.rawParameterTypes.any { it.name in FIXED_CALENDAR_BEANS } }.each { k ->
                            events.add(SimpleConditionEvent.violated(k, "${k.fullName} takes a fixed-division calendar; use PartnershipTime"))
                        }
                    }
                })
                .because("working days are the signed-in partnership's (PartnershipTime), not England and Wales for everyone")
    }

    /**
     * Dates, times and months are written in one place ({@code DateWindows}: dd/mm/yyyy, with the
     * weekday, the time, the month, a moment in London; {@code LondonTime} names them here): no other
     * class makes a pattern of its own. The iCalendar feed's wire format (RFC 5545) is the exception.
     */
    static ArchRule datePatternsFromOneHome() {
        noClasses().that().doNotHaveFullyQualifiedName('uk.reviewhub.api.validation.DateWindows')
                .and().doNotHaveFullyQualifiedName('uk.reviewhub.meeting.domain.ICalendar')
                .should().callMethod(java.time.format.DateTimeFormatter, 'ofPattern', String)
                .orShould().callMethod(java.time.format.DateTimeFormatter, 'ofPattern', String, Locale)
                .because('a date is written dd/mm/yyyy everywhere, by the formats of DateWindows (UK, UK_WITH_DAY, UK_WHEN...)')
    }

    def "dates are written by the one set of formats (DateWindows), not patterns of each class's own"() {
        expect:
        datePatternsFromOneHome().check(backend)
    }

    def "working-day computations take the partnership's calendar, not the England and Wales beans"() {
        expect:
        workingDaysFromPartnershipTime().check(backend)
    }

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
        'working days from the partnership'       | { workingDaysFromPartnershipTime() }    | 'uk.reviewhub.archfixture.domain.EnglishCalendarInDomain'
        'domain imports no HTTP framework'        | { domainImportsNoHttp() }               | 'uk.reviewhub.archfixture.domain.HttpInDomain'
        'controllers do not import persistence'   | { controllersImportNoPersistence() }    | 'uk.reviewhub.archfixture.api.PersistenceInController'
        'date patterns from one home'             | { datePatternsFromOneHome() }           | 'uk.reviewhub.archfixture.domain.DatePatternInDomain'
    }
}
