package uk.reviewhub.time

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import io.micronaut.context.annotation.Factory
import spock.lang.Specification

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses

class TimeBoundariesSpec extends Specification {

    def "the calendar and the clocks are plain Java: no framework, no database (bean factories aside)"() {
        given:
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages('uk.reviewhub.time')

        expect: 'the classes were found, so the rule is not vacuous'
        classes.contain(WorkingDayCalendar)
        classes.contain(uk.reviewhub.time.clock.StatutoryClock)

        and:
        noClasses().that().resideInAnyPackage('uk.reviewhub.time', 'uk.reviewhub.time.clock')
                .and().areNotAnnotatedWith(Factory)
                .and().haveNameNotMatching(/uk\.reviewhub\.time(\.clock)?\.\$.*/) // Micronaut's generated bean definitions
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut..', 'jakarta..', 'org.jooq..', 'java.sql..')
                .check(classes)
    }
}
