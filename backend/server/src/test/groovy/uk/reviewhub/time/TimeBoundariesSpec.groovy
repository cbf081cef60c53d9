package uk.reviewhub.time

import com.tngtech.archunit.core.domain.JavaClasses
import com.tngtech.archunit.core.importer.ClassFileImporter
import com.tngtech.archunit.core.importer.ImportOption
import spock.lang.Specification

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses

class TimeBoundariesSpec extends Specification {

    def "the calendar and the clocks are plain Java: no framework, no database"() {
        given:
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages('uk.reviewhub.time')

        expect:
        noClasses().that().resideInAnyPackage('uk.reviewhub.time', 'uk.reviewhub.time.clock')
                .should().dependOnClassesThat().resideInAnyPackage('io.micronaut..', 'jakarta..', 'org.jooq..', 'java.sql..')
                .check(classes)
    }
}
