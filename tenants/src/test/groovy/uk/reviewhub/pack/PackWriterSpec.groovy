package uk.reviewhub.pack

import spock.lang.Shared
import spock.lang.Specification

/** The pack writer is the reader's inverse: every shipped pack, written and read again, is the same pack. */
class PackWriterSpec extends Specification {

    @Shared
    PackReader reader = new PackReader()

    def "#slug written as files reads back as the same pack"() {
        given:
        Pack original = reader.read(PackSource.classpath(), slug).value()

        when:
        Map<String, String> files = new PackWriter().write(original)
        PackReading<Pack> again = reader.read({ String path -> Optional.ofNullable(files[path]) } as PackSource, slug)

        then: 'the files are the pack and its groups, and they validate'
        files.keySet().first() == "$slug/pack.yaml".toString()
        files.size() == 1 + original.groups().size()
        again.problems() == []

        and: 'every part of the pack is as it was (the hash is of the files, so it differs)'
        with(again.value()) {
            it.slug() == original.slug()
            it.name() == original.name()
            it.shortName() == original.shortName()
            it.formerName() == original.formerName()
            it.formerShortName() == original.formerShortName()
            it.arrangementsPublished() == original.arrangementsPublished()
            it.boroughs() == original.boroughs()
            it.placeNames() == original.placeNames()
            it.decisionMakers() == original.decisionMakers()
            it.scrutiny() == original.scrutiny()
            it.agencies() == original.agencies()
            it.groups() == original.groups()
            it.calendarDivision() == original.calendarDivision()
            it.clocks() == original.clocks()
            it.safeguardingService() == original.safeguardingService()
            it.issueResolution() == original.issueResolution()
            it.national() == original.national()
        }

        where:
        slug << ['norfolk', 'southampton', 'salford', 'tri-borough']
    }

    def "the tri-borough's Issue Resolution Process and caseload limit survive the round trip, and no process stays none"() {
        given:
        Pack tri = reader.read(PackSource.classpath(), 'tri-borough').value()
        Pack salford = reader.read(PackSource.classpath(), 'salford').value()

        when:
        Map<String, String> files = new PackWriter().write(tri)
        Pack again = reader.read({ String path -> Optional.ofNullable(files[path]) } as PackSource, 'tri-borough').value()
        Map<String, String> salfordFiles = new PackWriter().write(salford)

        then:
        files['tri-borough/pack.yaml'].contains('issueResolution:')
        again.issueResolution().stages()*.code() == ['informal', 'team-manager', 'service-manager', 'head-of-service', 'director']
        again.issueResolution().stages()*.formal() == [false, true, true, true, true]
        again.issueResolution().cafcassReferral()
        again.safeguardingService().chairCaseloadLimit() == 60
        !salfordFiles['salford/pack.yaml'].contains('issueResolution')
    }
}
