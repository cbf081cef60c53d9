package uk.reviewhub.partnership

import com.fasterxml.jackson.databind.ObjectMapper
import spock.lang.Specification
import uk.reviewhub.api.vocabulary.AgencyKind
import uk.reviewhub.api.vocabulary.GroupRole
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord
import uk.reviewhub.pack.PackReader
import uk.reviewhub.pack.PackSource
import uk.reviewhub.pack.TermsOfReference
import uk.reviewhub.partnership.persistence.TermsOfReferenceCodec

import java.time.LocalDate

import static uk.reviewhub.pack.TermsOfReference.Direction.AFTER
import static uk.reviewhub.pack.TermsOfReference.Direction.BEFORE

/**
 * The one codec for stored terms of reference: what a pack (or an admin's edit, in the pack's shape)
 * says is what is stored, and what is stored reads back as the same terms.
 */
class TermsOfReferenceCodecSpec extends Specification {

    static final ObjectMapper JSON = new ObjectMapper()

    def "pack → stored → read gives the same terms: #terms.purpose"() {
        when:
        TermsOfReferenceRecord stored = TermsOfReferenceCodec.write(terms)

        then:
        TermsOfReferenceCodec.read(stored) == terms

        and: 'the edit path (the pack shape the rules read) gives the same terms as the stored path'
        TermsOfReferenceCodec.read(packShape(stored)) == terms

        where:
        terms << [
                // Salford-like: a counted quorum with required kinds and roles, deputies, apology follow-up
                new TermsOfReference('Safeguarding Adults Review Group', ['Commission reviews', 'Track actions'], 'Partnership board',
                        new TermsOfReference.Cadence('FREQ=MONTHLY;BYDAY=2MO', 'Second Monday of each month', 120, 10, 'Not in August'),
                        new TermsOfReference.Quorum('Three agencies including the statutory partners', 3,
                                [AgencyKind.LOCAL_AUTHORITY, AgencyKind.POLICE, AgencyKind.HEALTH], [GroupRole.CHAIR, GroupRole.VICE_CHAIR],
                                true, 2),
                        [new TermsOfReference.Deadline('agenda-items', 'Agenda items', 10, BEFORE),
                         new TermsOfReference.Deadline('minutes', 'Minutes circulated', 14, AFTER)],
                        [new TermsOfReference.PerformanceMeasure('meetings-held', 'Planned meetings held', 90),
                         new TermsOfReference.PerformanceMeasure('attendance', 'Attendance recorded', null)],
                        ['https://example.org/terms'], LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)),
                // tri-borough-like: meetings per case (no rule), a quorum in words only, nothing optional
                new TermsOfReference('Child protection conferences', [], null,
                        new TermsOfReference.Cadence(null, 'Per case, to statutory timescales', null, null, null),
                        new TermsOfReference.Quorum('A chair and two agencies', null, [], [], false, null),
                        [], [], [], null, null),
                // a fortnightly rule, a quorum of one, a review date with no last review
                new TermsOfReference('Learning and improvement', ['Share learning'], 'Executive',
                        new TermsOfReference.Cadence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'Every other Tuesday', 90, null, null),
                        new TermsOfReference.Quorum('One agency', 1, [AgencyKind.EDUCATION], [], false, null),
                        [new TermsOfReference.Deadline('papers', 'Papers', 5, BEFORE)],
                        [new TermsOfReference.PerformanceMeasure('actions', 'Actions on time', 75)],
                        ['https://example.org/a', 'https://example.org/b'], null, LocalDate.of(2027, 1, 31)),
        ]
    }

    def "every shipped pack's terms of reference survive storing and reading: #slug"() {
        given:
        def pack = new PackReader().read(PackSource.classpath(), slug).value()

        expect:
        pack.groups().size() > 0
        pack.groups().every { TermsOfReferenceCodec.read(TermsOfReferenceCodec.write(it.termsOfReference())) == it.termsOfReference() }

        where:
        slug << ['norfolk', 'southampton', 'salford', 'tri-borough']
    }

    def "the stored jsonb is in the pack's shapes, and a quorum without a follow-up leaves the key out"() {
        when:
        def stored = TermsOfReferenceCodec.write(new TermsOfReference('Purpose', ['One'], null,
                new TermsOfReference.Cadence('FREQ=MONTHLY;BYDAY=1TU', 'First Tuesday', 60, 12, null),
                new TermsOfReference.Quorum('Two agencies', 2, [AgencyKind.POLICE], [GroupRole.CHAIR], true, null),
                [new TermsOfReference.Deadline('agenda', 'Agenda', 7, BEFORE)], [], [], null, null))

        then:
        JSON.readTree(stored.cadence) == JSON.readTree('{"rrule":"FREQ=MONTHLY;BYDAY=1TU","description":"First Tuesday",' +
                '"durationMinutes":60,"minimumMeetingsPerYear":12,"notes":null}')
        JSON.readTree(stored.quorum) == JSON.readTree('{"description":"Two agencies","minimumDistinctAgencies":2,' +
                '"requiredAgencyKinds":["POLICE"],"requiredAnyOfRoles":["CHAIR"],"deputiesWithDelegatedAuthorityCount":true}')
        JSON.readTree(stored.deadlines) == JSON.readTree('[{"code":"agenda","label":"Agenda","workingDays":7,"direction":"BEFORE"}]')
        JSON.readTree(stored.functions) == JSON.readTree('["One"]')
    }

    def "a version an admin stored before the codec (every key written, nulls included) reads the same"() {
        given: 'the columns as the API records used to be written'
        def stored = new TermsOfReferenceRecord()
                .setPurpose('Purpose').setFunctions('["One"]').setReportingLine(null)
                .setCadence('{"rrule":"FREQ=WEEKLY;BYDAY=MO","description":"Mondays","durationMinutes":null,' +
                        '"minimumMeetingsPerYear":null,"notes":null}')
                .setQuorum('{"description":"Two","minimumDistinctAgencies":2,"requiredAgencyKinds":[],"requiredAnyOfRoles":["CHAIR"],' +
                        '"deputiesWithDelegatedAuthorityCount":false,"apologiesFollowUpAfter":null}')
                .setDeadlines('[{"code":"minutes","label":"Minutes","workingDays":14,"direction":"AFTER"}]')
                .setPerformanceMeasures('[{"code":"held","label":"Held","targetPercent":null}]')
                .setLinks('[]').setLastReviewedOn(LocalDate.of(2024, 5, 1)).setReviewDueOn(null)

        expect:
        TermsOfReferenceCodec.read(stored) == new TermsOfReference('Purpose', ['One'], null,
                new TermsOfReference.Cadence('FREQ=WEEKLY;BYDAY=MO', 'Mondays', null, null, null),
                new TermsOfReference.Quorum('Two', 2, [], [GroupRole.CHAIR], false, null),
                [new TermsOfReference.Deadline('minutes', 'Minutes', 14, AFTER)],
                [new TermsOfReference.PerformanceMeasure('held', 'Held', null)], [], LocalDate.of(2024, 5, 1), null)
    }

    /** The stored columns put together as one terms of reference in the pack's shape, absent values left out. */
    static packShape(TermsOfReferenceRecord stored) {
        def t = JSON.createObjectNode()
        t.put('purpose', stored.purpose)
        t.set('functions', JSON.readTree(stored.functions))
        if (stored.reportingLine != null) {
            t.put('reportingLine', stored.reportingLine)
        }
        t.set('cadence', JSON.readTree(stored.cadence))
        t.set('quorum', JSON.readTree(stored.quorum))
        t.set('deadlines', JSON.readTree(stored.deadlines))
        t.set('performanceMeasures', JSON.readTree(stored.performanceMeasures))
        t.set('links', JSON.readTree(stored.links))
        if (stored.lastReviewedOn != null) {
            t.put('lastReviewedOn', stored.lastReviewedOn.toString())
        }
        if (stored.reviewDueOn != null) {
            t.put('reviewDueOn', stored.reviewDueOn.toString())
        }
        t
    }
}
