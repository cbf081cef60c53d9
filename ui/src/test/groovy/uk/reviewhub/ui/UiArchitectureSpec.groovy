package uk.reviewhub.ui

import com.tngtech.archunit.base.DescribedPredicate
import com.tngtech.archunit.core.domain.JavaClass
import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import spock.lang.Shared
import spock.lang.Specification

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
}
