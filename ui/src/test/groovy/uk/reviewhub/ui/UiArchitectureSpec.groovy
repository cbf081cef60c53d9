package uk.reviewhub.ui

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaConstructorCall
import com.tngtech.archunit.core.domain.JavaMethodCall
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.lang.ArchCondition
import com.tngtech.archunit.lang.ArchRule
import com.tngtech.archunit.lang.ConditionEvents
import com.tngtech.archunit.lang.SimpleConditionEvent
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.datetimepicker.DateTimePicker
import io.micronaut.http.HttpRequest
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.annotation.Client
import spock.lang.Shared
import uk.reviewhub.api.meeting.PapersApi
import uk.reviewhub.uiarchfixture.HandMadeUrls
import spock.lang.Specification
import uk.reviewhub.ui.archfixture.PickerMadeByHand
import uk.reviewhub.ui.archfixture.DatePatternMadeByHand
import uk.reviewhub.ui.shell.Dates

import java.util.function.Predicate

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices

/** The UI's boundaries, checked on its compiled classes. */
class UiArchitectureSpec extends Specification {

    @Shared
    JavaClasses ui = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages('uk.reviewhub.ui')

    def "the UI's classes were found, so the rules below are not vacuous"() {
        expect:
        ui.contain('uk.reviewhub.ui.UiLauncher')
        ui.contain('uk.reviewhub.ui.membership.MembershipView')
    }

    def "the UI's features do not depend on each other in cycles"() {
        expect:
        slices().matching('uk.reviewhub.ui.(*)..').should().beFreeOfCycles().check(ui)
    }

    def "the UI reaches the backend only through its HTTP API: of the project it uses only the API records"() {
        expect:
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe('project classes other than the UI and the API records',
                { JavaClass type -> ['uk.reviewhub.', 'uk.reviewhub.ui.', 'uk.reviewhub.api.'].collect { type.packageName.concat('.').startsWith(it) } == [true, false, false] } as Predicate<JavaClass>))
                .check(ui)
    }

    def "only the backend client makes HTTP calls: elsewhere the UI declares clients (@Client) and calls them"() {
        expect:
        noClasses().that().resideOutsideOfPackage('uk.reviewhub.ui.backend..')
                .and(DescribedPredicate.not(generated()))
                .should().dependOnClassesThat(DescribedPredicate.describe('the HTTP client other than its @Client annotation',
                { JavaClass type -> type.packageName.startsWith('io.micronaut.http.client') && !clientAnnotation(type) } as Predicate<JavaClass>))
                .orShould().dependOnClassesThat().haveFullyQualifiedName(HttpRequest.name)
                .orShould().dependOnClassesThat().haveFullyQualifiedName(MutableHttpRequest.name)
                .check(ui)
    }

    def "the UI uses only the contract: no path of the API written or expanded by hand (declarative clients instead)"() {
        expect:
        usesOnlyTheContract().check(ui)
    }

    def "the contract rule fails on a class that expands a path template and writes its own path"() {
        given: 'a deliberately wrong class in the test fixture'
        JavaClasses wrong = new ClassFileImporter().importClasses(HandMadeUrls)

        when:
        def result = usesOnlyTheContract().evaluate(wrong)

        then:
        result.hasViolation()
        def report = result.failureReport.details.join('\n')
        report.contains('ApiPaths')
        report.contains('/api/meetings/')
    }

    /**
     * No UI class reads the contract's path constants (ApiPaths, an api interface's String constants),
     * holds a string naming an API path (javac inlines constants, so the class file's strings are read
     * too) or encodes a URL by hand. Classes still on the hand-written {@code Backend} calls are left to
     * their conversion: they are what {@link #HAND_WRITTEN} counts.
     */
    static ArchRule usesOnlyTheContract() {
        classes().that(DescribedPredicate.not(DescribedPredicate.describe('still on the hand-written Backend calls',
                { JavaClass c -> handWritten(c) } as Predicate<JavaClass>)))
                .and(DescribedPredicate.not(generated()))
                .should(new ArchCondition<JavaClass>('hold no API path and build no URL by hand') {
                    @Override
                    void check(JavaClass item, ConditionEvents events) {
                        item.directDependenciesFromSelf.findAll { d ->
                            d.targetClass.name == 'uk.reviewhub.api.ApiPaths' || d.targetClass.name.endsWith('Paths') && d.targetClass.packageName.startsWith('uk.reviewhub.api')
                                    || d.targetClass.name in ['java.net.URLEncoder', 'io.micronaut.http.uri.UriBuilder', 'io.micronaut.http.uri.UriTemplate']
                        }.each { events.add(SimpleConditionEvent.violated(item, it.description)) }
                        item.fieldAccessesFromSelf.findAll { a ->
                            a.targetOwner.packageName.startsWith('uk.reviewhub.api') && a.targetOwner.interface && a.target.name.toUpperCase() == a.target.name
                                    && a.target.name != 'CSV' && a.target.name != 'XLSX' && a.target.name != 'SVG'
                        }.each { events.add(SimpleConditionEvent.violated(item, it.description)) }
                        ClassFileStrings.of(item).findAll { it.startsWith('/api/') || it.startsWith('/ical/') }.each {
                            events.add(SimpleConditionEvent.violated(item, "${item.name} holds the API path '${it}'"))
                        }
                    }
                })
    }

    /** Calls to the hand-written methods Backend had (none is left: the paper upload is a declarative client); a call to any of them is counted. */
    static final List<String> HAND_WRITTEN = ['get', 'getPage', 'post', 'put', 'delete', 'download', 'upload']

    /** Micronaut's compile-time bean definitions ($Name$Definition...): generated from the contract's annotations, not written. */
    static DescribedPredicate<JavaClass> generated() {
        DescribedPredicate.describe('generated by Micronaut', { JavaClass c -> c.simpleName.startsWith('$') || c.name.contains('.$') } as Predicate<JavaClass>)
    }

    /** @Client and what its members name (its definition type, configuration and HTTP version defaults). */
    static boolean clientAnnotation(JavaClass type) {
        type.name.startsWith('io.micronaut.http.client.annotation.') || type.name == 'io.micronaut.http.client.HttpClientConfiguration'
                || type.name.startsWith('io.micronaut.http.client.HttpVersionSelection')
    }

    static boolean handWritten(JavaClass c) {
        if (c.enclosingClass.present && handWritten(c.enclosingClass.get())) {
            return true
        }
        c.name == 'uk.reviewhub.ui.backend.Backend' || c.methodCallsFromSelf.any {
            it.targetOwner.name == 'uk.reviewhub.ui.backend.Backend' && it.name in HAND_WRITTEN
        }
    }

    def "the count of UI classes still on hand-written calls only goes down"() {
        given:
        def remaining = ui.findAll { handWritten(it) && !it.name.contains('$') }.collect { it.simpleName }.sort()
        println "UI classes still on hand-written Backend calls: ${remaining.size()} ${remaining}"

        expect: 'only Backend itself (signing in and out), no class calling it by hand'
        remaining == ['Backend'] // the paper upload went to a declarative client (PaperUploadClient)
    }

    def "the meeting page makes no request per agenda item for its papers: they come with the agenda answer"() {
        expect:
        noClasses().that().resideInAPackage('uk.reviewhub.ui.meeting..')
                .and(DescribedPredicate.not(generated()))
                .should().callMethodWhere(DescribedPredicate.describe('the papers of one agenda item are read',
                        { JavaMethodCall call -> call.name == 'papers' && call.targetOwner.isAssignableTo(PapersApi) } as Predicate<JavaMethodCall>))
                .check(ui)
    }

    def "no view talks to a database"() {
        expect:
        noClasses().should().dependOnClassesThat().resideInAnyPackage('java.sql..', 'javax.sql..', 'org.jooq..')
                .check(ui)
    }

    /**
     * Every date and date-time field is made by {@link Dates}, the one place that sets dd/MM/yyyy and
     * weeks from Monday: a picker made any other way would take the browser's language (10 January
     * for 01/10/2026 in an American browser).
     */
    static ArchRule pickersComeFromDates() {
        noClasses().that().doNotBelongToAnyOf(Dates)
                .should().callConstructorWhere(DescribedPredicate.describe('a DatePicker or DateTimePicker is made',
                        { JavaConstructorCall call -> [DatePicker, DateTimePicker].any { call.targetOwner.isAssignableTo(it) } } as Predicate<JavaConstructorCall>))
                .because('uk.reviewhub.ui.shell.Dates.picker and dateTimePicker set the UK format and weeks from Monday in one place')
    }

    /** Dates, times and months are written by the formats of DateWindows (through shell.Dates), never a pattern of a view's own. */
    static ArchRule datePatternsFromOneHome() {
        noClasses().should().callMethod(java.time.format.DateTimeFormatter, 'ofPattern', String)
                .orShould().callMethod(java.time.format.DateTimeFormatter, 'ofPattern', String, Locale)
                .because('a date is written dd/mm/yyyy everywhere: shell.Dates and DateWindows hold the formats')
    }

    def "dates are written by the one set of formats, not patterns of each view's own"() {
        expect:
        datePatternsFromOneHome().check(ui)
    }

    def "the rule on date patterns fails on a class with a pattern of its own (a fixture in src/test)"() {
        when:
        datePatternsFromOneHome().check(new ClassFileImporter().importClasses(DatePatternMadeByHand))

        then:
        AssertionError failure = thrown()
        failure.message.contains(DatePatternMadeByHand.name)
    }

    def "every date and date-time field is made by shell.Dates"() {
        expect:
        pickersComeFromDates().check(ui)
    }

    def "the rule on pickers fails on a view that makes its own picker (a fixture in src/test)"() {
        when:
        pickersComeFromDates().check(new ClassFileImporter().importClasses(PickerMadeByHand))

        then:
        AssertionError failure = thrown()
        failure.message.contains(PickerMadeByHand.name)
        failure.message.contains('DatePicker.<init>')
    }

    /**
     * Forms whose text limits are still written by hand rather than read from the contract
     * ({@code ContractLimits.limit}, {@code limitLines}): the pack schema's texts.
     * Exceptions that only shrink.
     */
    static final List<String> LIMITS_BY_HAND = ['partnership.TermsOfReferenceForm']

    def "text fields take their limits from the contract (ContractLimits), which also says them before typing"() {
        given:
        def byHand = ui.findAll { JavaClass c ->
            !c.name.endsWith('.ContractLimits') && c.methodCallsFromSelf.any { it.name == 'setMaxLength' }
        }.collect { it.name.replace('uk.reviewhub.ui.', '').replaceAll(/\$.*/, '') }.unique().sort()

        expect:
        byHand == LIMITS_BY_HAND.sort()
    }
}
