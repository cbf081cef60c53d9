package uk.reviewhub.pack

import com.fasterxml.jackson.databind.JsonNode
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path

/**
 * One home for the terms of reference's rules: a pack and an edit (the API, and so the UI's terms
 * form) give the same answer in the same words. The pack's answer carries the file and line; the
 * backend's TermsOfReferenceRulesApiSpec holds the same table for the API and the form.
 */
class TermsOfReferenceRulesSpec extends Specification {

    static final String GROUP = 'salford/group-case-review-and-audit.yaml'
    static final String LONG = 'x' * 2001

    @TempDir Path packs
    PackReader reader = new PackReader()

    def "a pack whose terms of reference have #why is refused at the line, in the words an edit gets"() {
        given:
        copySalford()
        int at = Files.readString(packs.resolve(GROUP)).indexOf(find)
        String edited = edit(GROUP, find, replace)

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems()*.reason == [message]
        reading.problems()*.file == [GROUP]
        reading.problems()*.line == [edited.substring(0, at + replace.length()).count('\n') + 1]

        and: 'an edit of the same terms, as JSON, gets the same message'
        TermsOfReferenceRules.check(salfordTermsWith(find, replace), 14)*.message == [message]

        where:
        why                         | find                          | replace                                  || message
        'a quorum of 0'             | 'minimumDistinctAgencies: 4'  | 'minimumDistinctAgencies: 0'             || "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): must be at least 1."
        'a quorum of 999'           | 'minimumDistinctAgencies: 4'  | 'minimumDistinctAgencies: 999'           || "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): must be at most 50."
        'more agencies than exist'  | 'minimumDistinctAgencies: 4'  | 'minimumDistinctAgencies: 15'            || "The quorum's minimum number of agencies (quorum.minimumDistinctAgencies): a quorum of 15 agencies can never be met: the partnership has 14."
        'a yearly cadence'          | 'FREQ=WEEKLY;INTERVAL=6'      | 'FREQ=YEARLY'                            || "The cadence's rule (cadence.rrule): meetings can repeat weekly or monthly, not yearly (FREQ=WEEKLY or FREQ=MONTHLY)."
        'a daily cadence'           | 'FREQ=WEEKLY;INTERVAL=6'      | 'FREQ=DAILY;INTERVAL=2'                  || "The cadence's rule (cadence.rrule): meetings can repeat weekly or monthly, not daily (FREQ=WEEKLY or FREQ=MONTHLY)."
        'a rule with no FREQ'       | 'FREQ=WEEKLY;INTERVAL=6'      | 'INTERVAL=6'                             || "The cadence's rule (cadence.rrule): is a recurrence rule that starts with FREQ=, e.g. FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2."
        'a very long rule in words' | 'description: Quorate with members from at least 4 agencies.' | "description: $LONG" || "The quorum in words (quorum.description): must be at most 2000 characters."
        'words that say another number' | 'description: Quorate with members from at least 4 agencies.' | 'description: Quorate with members from at least five agencies.' || "The quorum in words (quorum.description): the words say 5 agencies but the minimum is 4: make the words follow the number."
        'a blank rule in words'     | 'description: Quorate with members from at least 4 agencies.' | "description: ' '"   || "The quorum in words (quorum.description): must not be blank."
        'a duplicate deadline code' | 'code: papers-published'      | 'code: agenda-items'                     || "Deadline 2's code (deadlines[1].code): two deadlines have the code agenda-items; each code is used once."
        'an unknown required kind'  | 'minimumDistinctAgencies: 4'  | 'minimumDistinctAgencies: 4\n    requiredAgencyKinds: [COUNCIL]' || "Required kind 1 (quorum.requiredAgencyKinds[0]): must be one of LOCAL_AUTHORITY, POLICE, HEALTH, EDUCATION, CAFCASS, HOUSING, PROBATION, YOUTH_JUSTICE, LEGAL, DISTRICT_COUNCIL, PARTNERSHIP_TEAM, OTHER."
    }

    def "a lower-case rule is read as RFC 5545 reads it, case-insensitively: the pack, an edit and the schedule accept it"() {
        given:
        copySalford()
        edit(GROUP, 'FREQ=WEEKLY;INTERVAL=6', 'freq=weekly;interval=6')

        expect:
        reader.read(PackSource.directory(packs), 'salford').problems() == []
        TermsOfReferenceRules.check(salfordTermsWith('FREQ=WEEKLY;INTERVAL=6', 'freq=weekly;interval=6'), 14) == []
        Recurrence.parse('freq=weekly;interval=6').frequency() == Recurrence.Frequency.WEEKLY
    }

    def "the shipped packs' terms of reference meet the rules as edits would"() {
        expect:
        reader.readAll(PackSource.classpath()).every { it.problems() == [] }
    }

    /** Salford's shipped terms of reference with one edit, as the JSON an edit would send. */
    JsonNode salfordTermsWith(String find, String replace) {
        String yaml = new String(getClass().getResourceAsStream("/packs/$GROUP").readAllBytes(), 'UTF-8')
        assert yaml.contains(find)
        def doc = YamlDocument.parse(GROUP, yaml.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)), [])
        doc.root().get('termsOfReference')
    }

    private void copySalford() {
        Path shipped = Path.of(getClass().getResource('/packs/salford').toURI())
        Files.walk(shipped).each { Path from ->
            Path to = packs.resolve('salford').resolve(shipped.relativize(from).toString())
            if (Files.isDirectory(from)) {
                Files.createDirectories(to)
            } else {
                Files.copy(from, to)
            }
        }
        Files.writeString(packs.resolve('index.yaml'), 'packs:\n  - salford\n')
    }

    private String edit(String path, String find, String replace) {
        Path file = packs.resolve(path)
        String text = Files.readString(file)
        assert text.contains(find)
        String edited = text.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace))
        Files.writeString(file, edited)
        edited
    }
}
