package uk.reviewhub.ui

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaConstructorCall
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import com.tngtech.archunit.lang.ArchRule
import com.vaadin.flow.component.datepicker.DatePicker
import com.vaadin.flow.component.datetimepicker.DateTimePicker
import spock.lang.Shared
import spock.lang.Specification
import uk.reviewhub.ui.archfixture.PickerMadeByHand
import uk.reviewhub.ui.shell.Dates

import java.util.function.Predicate

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

    def "only the backend client makes HTTP calls"() {
        expect:
        noClasses().that().resideOutsideOfPackage('uk.reviewhub.ui.backend..')
                .should().dependOnClassesThat().resideInAPackage('io.micronaut.http.client..')
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
}
