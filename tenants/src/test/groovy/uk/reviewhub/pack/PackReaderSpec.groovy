package uk.reviewhub.pack

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.time.LocalDate

class PackReaderSpec extends Specification {

    @Shared
    PackReader reader = new PackReader()

    @TempDir
    Path packs

    def "every shipped pack validates"() {
        when:
        def readings = reader.readAll(PackSource.classpath())

        then:
        readings*.problems.flatten() == []
        readings*.value*.slug == ['norfolk', 'southampton', 'salford', 'tri-borough']
    }

    def "every shipped pack's demo users, and the platform's, validate"() {
        given:
        def source = PackSource.classpath()
        def shipped = reader.readAll(source)*.value

        expect:
        shipped.each { pack ->
            def users = reader.readDemoUsers(source, pack)
            assert users.problems() == []
            def roles = users.value()*.roles.flatten()
            // Each partnership has an admin and a chair: of its review group, or (the tri-borough) of its safeguarding service.
            assert roles.contains('PARTNERSHIP_ADMIN') && (roles.contains('CHAIR') || roles.contains('SAFEGUARDING_CHAIR'))
            assert users.value().every { it.email().endsWith("@${pack.slug()}.demo") }
        }
        reader.readPlatformDemoUsers(source).value()*.platformRoles.flatten() == ['PLATFORM_ADMIN', 'NATIONAL_VIEWER']
    }

    def "Salford's pack has eighteen seats with a chair, a vice chair and a minute taker, a quorum of four agencies and its deadlines"() {
        when:
        Pack salford = reader.read(PackSource.classpath(), 'salford').value()
        ReviewGroup group = salford.groups().first()
        TermsOfReference terms = group.termsOfReference()

        then:
        salford.name() == 'Salford Safeguarding Children Board'
        salford.statutoryPartners()*.kind as Set == AgencyKind.STATUTORY
        group.members().size() == 18
        group.members().findAll { it.groupRole() != GroupRole.MEMBER }.collectEntries { [it.groupRole(), it.positionTitle()] } == [
                (GroupRole.CHAIR)       : "Head of Children's Safeguarding",
                (GroupRole.VICE_CHAIR)  : 'Designated Doctor Safeguarding Children, CCG',
                (GroupRole.MINUTE_TAKER): 'Senior Business Support Officer']
        terms.quorum().minimumDistinctAgencies() == 4
        terms.deadlines().collect { [it.code(), it.workingDays(), it.direction().name()] } == [
                ['agenda-items', 10, 'BEFORE'], ['papers-published', 5, 'BEFORE'], ['minutes-circulated', 14, 'AFTER']]
        terms.performanceMeasures().find { it.code() == 'planned-meetings-held' }.targetPercent() == 90
        terms.cadence().rrule() == 'FREQ=WEEKLY;INTERVAL=6'
        terms.lastReviewedOn() == LocalDate.of(2017, 9, 1)
    }

    def "Norfolk meets on the second Monday of each month, at least ten times a year, and Southampton's terms were due for review in July 2017"() {
        when:
        def source = PackSource.classpath()
        def norfolk = reader.read(source, 'norfolk').value().groups().first()
        def southampton = reader.read(source, 'southampton').value().groups().first()

        then:
        norfolk.termsOfReference().cadence().rrule() == 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=2'
        norfolk.termsOfReference().cadence().minimumMeetingsPerYear() == 10
        norfolk.termsOfReference().quorum().deputiesWithDelegatedAuthorityCount()
        norfolk.members()*.membershipKind() as Set == MembershipKind.values() as Set - MembershipKind.INVITED
        norfolk.chairAllocation().periods()*.daysPerYear() == [24, 40]
        southampton.termsOfReference().cadence().durationMinutes() == 120
        southampton.termsOfReference().reviewDueOn() == LocalDate.of(2017, 7, 1)
        southampton.members().findAll { it.groupRole() == GroupRole.MEMBER }*.agencyCode().unique().size() == 9
    }

    def "the content hash changes with the content and only with it"() {
        given:
        copySalford()

        when:
        def before = reader.read(PackSource.directory(packs), 'salford').value().contentHash()
        def again = reader.read(PackSource.directory(packs), 'salford').value().contentHash()
        edit('salford/group-case-review-and-audit.yaml', 'Minutes circulated\n', 'Minutes sent\n')
        def after = reader.read(PackSource.directory(packs), 'salford').value().contentHash()

        then:
        before == again
        before != after
    }

    def "Salford's pack brings its own templates, among them the chair's apology follow-up letter"() {
        given:
        def source = PackSource.classpath()
        def salford = reader.read(source, 'salford').value()

        when:
        def templates = reader.readTemplates(source, salford)

        then:
        templates.valid()
        templates.value().keySet() as List == ['AGENDA', 'MINUTES', 'APOLOGY_FOLLOW_UP_LETTER', 'TERMS_OF_REFERENCE']
        templates.value().APOLOGY_FOLLOW_UP_LETTER.contains('second consecutive meeting')

        and: 'a pack without a templates section has none'
        reader.readTemplates(source, reader.read(source, 'southampton').value()).value() == [:]

        and: "Norfolk's pack brings its own report of a piece of scrutiny (issue 12 item 7)"
        reader.readTemplates(source, reader.read(source, 'norfolk').value()).value().keySet() as List == ['SCRUTINY_REPORT']
    }

    def "a changed template file changes the pack's content hash"() {
        given:
        copySalford()
        def before = reader.read(PackSource.directory(packs), 'salford').value().contentHash()

        when:
        edit('salford/templates/agenda.mustache', '<h1>', '<h1 class="title">')

        then:
        reader.read(PackSource.directory(packs), 'salford').value().contentHash() != before
    }

    def "a malformed pack (#problem) is rejected with the file, line and reason, and yields nothing"() {
        given:
        copySalford()
        String path = "salford/$file"
        String edited = edit(path, find, replace)

        when:
        PackReading<Pack> reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        !reading.valid()
        reading.value() == null
        reading.problems().size() == 1
        with(reading.problems().first()) {
            it.file() == path
            it.line() == lineOf(edited, lineWith)
            it.reason().contains(reason)
        }

        where:
        problem                   | file                               | find                                   | replace                                                   | lineWith                        | reason
        'bad YAML syntax'         | 'pack.yaml'                        | 'name: Police\n'                       | 'name: Police: Greater\n'                                 | 'name: Police: Greater'         | 'mapping values are not allowed here'
        'missing required field'  | 'pack.yaml'                        | '    name: Housing\n'                  | ''                                                        | '- code: housing'               | "required property 'name' not found"
        'unknown agency'          | 'group-case-review-and-audit.yaml' | 'agency: housing'                      | 'agency: hosuing'                                         | 'agency: hosuing'               | "agency 'hosuing' is not one of the pack's agencies"
        'wrong type'              | 'group-case-review-and-audit.yaml' | 'workingDays: 10'                      | 'workingDays: ten'                                        | 'workingDays: ten'              | 'must be a whole number'
        'duplicate agency code'   | 'pack.yaml'                        | '  - code: housing\n'                  | '  - code: housing\n    name: Housing\n    kind: HOUSING\n  - code: housing\n' | 'HOUSING\n  - code: housing' | "duplicate agency code 'housing'"
        'unknown key'             | 'pack.yaml'                        | '    kind: HOUSING\n'                  | '    kind: HOUSING\n    colour: red\n'                    | 'colour: red'                   | 'colour'
        'enum value'              | 'pack.yaml'                        | 'kind: HOUSING'                        | 'kind: COUNCIL_HOUSING'                                   | 'kind: COUNCIL_HOUSING'         | 'enumeration'
        'second chair'            | 'group-case-review-and-audit.yaml' | 'groupRole: VICE_CHAIR'                | 'groupRole: CHAIR'                                        | 'CCG\n    agency: ccg\n    groupRole: CHAIR' | "one CHAIR, and 'Head of Children's Safeguarding' already is"
        'duplicate position'      | 'group-case-review-and-audit.yaml' | 'Manager, Community Rehabilitation Company' | 'Manager, National Probation Service'               | 'national-probation-service\n    groupRole: MEMBER\n    membershipKind: STANDING\n  - positionTitle: Manager, National Probation Service' | 'duplicate position title'
        'RRULE that does not parse' | 'group-case-review-and-audit.yaml' | 'FREQ=WEEKLY;INTERVAL=6'             | 'FREQ=FORTNIGHTLY'                                        | 'FREQ=FORTNIGHTLY'              | "The cadence's rule (cadence.rrule): meetings can repeat weekly or monthly, not fortnightly (FREQ=WEEKLY or FREQ=MONTHLY)."
        'a date that is not one'  | 'group-case-review-and-audit.yaml' | 'lastReviewedOn: 2017-09'              | 'lastReviewedOn: 2017-13'                                 | 'lastReviewedOn: 2017-13'       | "'2017-13' is not a date"
        'end before start'        | 'group-case-review-and-audit.yaml' | '    agency: legal-services\n'         | '    agency: legal-services\n    startDate: 2017-04-01\n    endDate: 2016-04-01\n' | 'endDate: 2016-04-01' | 'is before startDate'
        'duplicate key'           | 'pack.yaml'                        | 'shortName: SSCB\n'                    | 'shortName: SSCB\nshortName: SCB\n'                       | 'shortName: SCB'                | "duplicate key 'shortName'"
        'duplicate deadline code' | 'group-case-review-and-audit.yaml' | 'code: papers-published'               | 'code: agenda-items'                                      | 'BEFORE\n    - code: agenda-items' | "Deadline 2's code (deadlines[1].code): two deadlines have the code agenda-items; each code is used once."
        'missing group file'      | 'pack.yaml'                        | 'group-case-review-and-audit.yaml'     | 'group-case-review.yaml'                                  | '- group-case-review.yaml'      | "group file 'group-case-review.yaml' not found"
        'slug not the folder'     | 'pack.yaml'                        | 'slug: salford'                        | 'slug: salford-city'                                      | 'slug: salford-city'            | "must match the folder name 'salford'"
        'missing template file'   | 'pack.yaml'                        | 'templates/minutes.mustache'           | 'templates/minute.mustache'                               | 'MINUTES: templates/minute.mustache' | "template file 'templates/minute.mustache' not found"
        'unknown template kind'   | 'pack.yaml'                        | '  MINUTES: templates'                 | '  NEWSLETTER: templates'                                 | 'NEWSLETTER'                    | 'NEWSLETTER'
        'statutory partner kind'  | 'pack.yaml'                        | '    kind: HOUSING\n'                  | '    kind: HOUSING\n    statutoryPartner: true\n'         | 'kind: HOUSING\n    statutoryPartner: true' | 'a statutory partner is a LOCAL_AUTHORITY, POLICE or HEALTH agency'
        'unknown region'          | 'pack.yaml'                        | 'region: north-west'                   | 'region: lancashire'                                      | 'region: lancashire'            | 'region'
        'own neighbour'           | 'pack.yaml'                        | 'region: north-west\n'                 | 'region: north-west\n  statisticalNeighbours: [wigan, salford]\n' | 'statisticalNeighbours'  | 'not its own statistical neighbour'
        'population without year' | 'pack.yaml'                        | 'region: north-west\n'                 | 'region: north-west\n  childPopulation:\n    count: 60000\n    source: ONS\n' | 'count: 60000' | "required property 'year' not found"
        'negative population'     | 'pack.yaml'                        | 'region: north-west\n'                 | 'region: north-west\n  childPopulation:\n    count: -61000\n    year: 2023\n    source: ONS\n' | 'count: -61000' | 'national/childPopulation/count: must have a minimum value of 1'
        'population year too old' | 'pack.yaml'                        | 'region: north-west\n'                 | 'region: north-west\n  childPopulation:\n    count: 61000\n    year: 1999\n    source: ONS\n' | 'year: 1999' | 'national/childPopulation/year: must have a minimum value of 2000'
        'population year to come' | 'pack.yaml'                        | 'region: north-west\n'                 | 'region: north-west\n  childPopulation:\n    count: 61000\n    year: 2099\n    source: ONS\n' | 'year: 2099' | 'an estimate is never of a future year'
        'unknown neighbour'       | 'pack.yaml'                        | 'region: north-west\n'                 | 'region: north-west\n  statisticalNeighbours:\n    - wigan\n    - atlantis\n' | '- atlantis' | "Unknown statistical neighbour 'atlantis'"
    }

    def "each shipped pack names its region; none invents a child population it was not given"() {
        when:
        def packs = reader.readAll(PackSource.classpath())*.value

        then:
        packs.collectEntries { [it.slug(), it.national().region()] } == [norfolk: 'east-of-england', southampton: 'south-east',
                                                                          salford: 'north-west', 'tri-borough': 'london']
        packs.every { it.national().childPopulation() == null }
    }

    def "a pack's child population is read with its year and source, and its neighbours in order"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'region: north-west\n', """region: north-west
  childPopulation:
    count: 61000
    year: 2023
    source: ONS mid-year population estimates
  statisticalNeighbours: [wigan, bolton]
""")

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems() == []
        reading.value().national() == new NationalComparators('north-west',
                new NationalComparators.ChildPopulation(61000, 2023, 'ONS mid-year population estimates'), ['wigan', 'bolton'])
    }

    def "a neighbour may be a local authority of England or another partnership in the packs"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'region: north-west\n', """region: north-west
  statisticalNeighbours: [wigan, kensington-and-chelsea, norfolk]
""")
        java.nio.file.Files.createDirectories(packs.resolve('norfolk'))
        java.nio.file.Files.writeString(packs.resolve('norfolk/pack.yaml'), 'slug: norfolk\n')

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems() == []
        reading.value().national().statisticalNeighbours() == ['wigan', 'kensington-and-chelsea', 'norfolk']
    }

    def "the catalogue of local authorities holds England's 153, each in one of the nine regions"() {
        expect:
        LocalAuthorities.regionByCode().size() == 153
        LocalAuthorities.regionByCode().values().toSet() == NationalComparators.REGIONS
        LocalAuthorities.regionByCode().salford == 'north-west'
        LocalAuthorities.regionByCode().norfolk == 'east-of-england'
        LocalAuthorities.regionByCode().southampton == 'south-east'
        ['hammersmith-and-fulham', 'kensington-and-chelsea', 'westminster'].every { LocalAuthorities.regionByCode()[it] == 'london' }
    }

    def "a pack without clocks or a division keeps the defaults: no overrides, England and Wales"() {
        when: 'the shipped packs other than the tri-borough, whose safeguarding service states its own chain'
        def packs = reader.readAll(PackSource.classpath())*.value.findAll { it.safeguardingService() == null }

        then:
        packs*.slug() == ['norfolk', 'southampton', 'salford']
        packs.every { it.clocks() == [:] && it.calendarDivision() == 'england-and-wales' }
    }

    def "the tri-borough's pack turns on its safeguarding service and states the conference and review chain as clocks"() {
        when:
        Pack triBorough = reader.read(PackSource.classpath(), 'tri-borough').value()

        then:
        triBorough.safeguardingService() == new SafeguardingService('safeguarding-review-qa', true, 60)
        triBorough.clocks().keySet().containsAll(['initial-cp-conference', 'first-core-group', 'first-cp-review',
                                                  'subsequent-cp-review', 'first-lac-review', 'second-lac-review',
                                                  'subsequent-lac-review', 'cp-decision-letter', 'cp-full-record'])
        triBorough.clocks()['initial-cp-conference'] == '15 working days after'
    }

    def "Norfolk's pack turns on scrutiny: its days count against the SPRG chair's allocation, with a starting framework"() {
        when:
        Pack norfolk = reader.read(PackSource.classpath(), 'norfolk').value()
        def users = reader.readDemoUsers(PackSource.classpath(), norfolk).value()

        then:
        norfolk.scrutiny().daysGroup() == 'sprg'
        norfolk.scrutiny().framework().domains()*.code().contains('voice-of-the-child')
        norfolk.scrutiny().framework().domains().every { it.ratingScale() == ['Outstanding', 'Good', 'Requires improvement', 'Inadequate'] }

        and: "findings are rated on Norfolk's own scale, best first"
        norfolk.scrutiny().findingRatings() == ['Strong practice', 'Good enough', 'Requires improvement', 'Significant concern']

        and: 'three scrutineers, the independent chair one of them'
        users.findAll { 'SCRUTINEER' in it.roles() }*.email().sort() ==
                ['chair@norfolk.demo', 'scrutineer2@norfolk.demo', 'scrutineer@norfolk.demo']

        and: 'no other shipped pack turns it on'
        reader.readAll(PackSource.classpath())*.value.findAll { it.scrutiny() != null }*.slug() == ['norfolk']
    }

    def "scrutiny's days group must be one of the pack's groups, and a domain's code and ratings are unique"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'shortName: SSCB\n', '''shortName: SSCB
scrutiny:
  description: Scrutiny
  daysGroup: no-such-group
  framework:
    name: F
    domains:
      - {code: a, name: A, ratingScale: [Good, Poor]}
      - {code: a, name: B, ratingScale: [Good, Poor]}
''')

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems()*.reason().any { it.contains("scrutiny: no group 'no-such-group'") }
        reading.problems()*.reason().any { it.contains("scrutiny: duplicate domain code 'a'") }
    }

    def "a pack that sets no finding rating scale gets the default; one that names a rating twice is refused at its line"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'shortName: SSCB\n', '''shortName: SSCB
scrutiny:
  description: Scrutiny
''')

        expect:
        reader.read(PackSource.directory(packs), 'salford').value().scrutiny().findingRatings() ==
                ['A strength', 'Adequate', 'Requires improvement', 'A concern']

        when:
        def edited = edit('salford/pack.yaml', '  description: Scrutiny\n', '''  description: Scrutiny
  findingRatings: [Strong, Weak, strong]
''')
        def reading = reader.read(PackSource.directory(packs), 'salford')
        def problem = reading.problems().find { it.reason().contains("finding rating 'strong' is named twice") }

        then:
        problem != null
        problem.file() == 'salford/pack.yaml'
        problem.line() == lineOf(edited, 'findingRatings:')
    }

    def "a safeguarding service must name one of the pack's groups"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'shortName: SSCB\n', 'shortName: SSCB\nsafeguardingService:\n  group: no-such-group\n')

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems()*.reason().any { it.contains("safeguardingService: no group 'no-such-group'") }
    }

    def "the tri-borough's pack turns on the Issue Resolution Process: five stages, each with its clock, all within 20 working days"() {
        when:
        Pack tri = reader.read(PackSource.classpath(), 'tri-borough').value()

        then:
        tri.issueResolution().stages().collect { [it.code(), it.clock()] } == [
                ['informal', 'irp-informal'], ['team-manager', 'irp-team-manager'], ['service-manager', 'irp-service-manager'],
                ['head-of-service', 'irp-head-of-service'], ['director', 'irp-director']]
        tri.issueResolution().cafcassReferral()
        tri.clocks()['irp-resolution'] == '20 working days after'
        tri.issueResolution().stages().sum { (tri.clocks()[it.clock()] =~ /\d+/)[0] as int } <= 20
    }

    def "an Issue Resolution Process is refused for #why"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'shortName: SSCB\n', 'shortName: SSCB\n' + yaml)

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems()*.reason().any { it.contains(reason) }

        where:
        why                                        | yaml                                                                                               || reason
        'a duplicate stage code'                   | 'issueResolution:\n  stages:\n    - {code: a, name: A, clock: irp-informal}\n    - {code: a, name: B, clock: irp-director}\n' || "duplicate stage code 'a'"
        'a stage clock that is not an IRP clock'   | 'issueResolution:\n  stages:\n    - {code: a, name: A, clock: rapid-review}\n'                   || 'stages/0/clock: does not have a value in the enumeration'
        'the whole process as a stage clock'       | 'issueResolution:\n  stages:\n    - {code: a, name: A, clock: irp-resolution}\n'                 || 'stages/0/clock: does not have a value in the enumeration'
        'no stages'                                | 'issueResolution:\n  stages: []\n'                                                                || 'stages'
        'stages longer than the whole process'     | 'clocks:\n  irp-resolution: 20 working days after\n  irp-informal: 15 working days after\n  irp-director: 10 working days after\nissueResolution:\n  stages:\n    - {code: a, name: A, formal: false, clock: irp-informal}\n    - {code: b, name: B, clock: irp-director}\n' || 'add up to 25 working days, more than the whole process\'s 20'
    }

    def "a pack's clock override '#rule' for #code is read as written"() {
        given:
        copySalford()
        edit('salford/pack.yaml', 'shortName: SSCB\n', "shortName: SSCB\ncalendarDivision: $division\nclocks:\n  $code: $rule\n")

        when:
        def reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        reading.problems() == []
        reading.value().clocks() == [(code): rule.trim()] // YAML drops the outer spaces
        reading.value().calendarDivision() == division

        where:
        code                    | rule                                | division
        'rapid-review'          | '10 working days after'             | 'england-and-wales'
        'sin-notification'      | '1 working day after'               | 'england-and-wales'
        'lcspr-publication'     | '6 months after'                    | 'scotland'
        'lcspr-publication'     | '9 calendar months after'           | 'northern-ireland'
        'final-report-to-panel' | 'at least 7 working days before'    | 'england-and-wales'
        'first-cp-review'       | '3 months after'                    | 'england-and-wales'
        'rapid-review'          | 'within 15 working days of'         | 'england-and-wales'
        'initial-cp-conference' | '  14   Working Days   After '      | 'england-and-wales'
    }

    def "a pack's clocks change its content hash"() {
        given:
        copySalford()
        def before = reader.read(PackSource.directory(packs), 'salford').value().contentHash()

        when:
        edit('salford/pack.yaml', 'shortName: SSCB\n', 'shortName: SSCB\nclocks:\n  rapid-review: 10 working days after\n')
        def after = reader.read(PackSource.directory(packs), 'salford').value().contentHash()

        then:
        before != after
    }

    def "a bad clock override (#problem) is rejected with the file, line and reason"() {
        given:
        copySalford()
        String edited = edit('salford/pack.yaml', 'shortName: SSCB\n', "shortName: SSCB\n$yaml\n")

        when:
        PackReading<Pack> reading = reader.read(PackSource.directory(packs), 'salford')

        then:
        !reading.valid()
        reading.problems().size() == 1
        with(reading.problems().first()) {
            it.file() == 'salford/pack.yaml'
            it.line() == lineOf(edited, lineWith)
            it.reason().contains(reason)
        }

        where:
        problem                | yaml                                                   | lineWith                    | reason
        'unknown clock'        | 'clocks:\n  rapid-reveiw: 10 working days after'       | 'rapid-reveiw'              | "no clock 'rapid-reveiw'; known clocks: sin-notification, rapid-review"
        'calendar days'        | 'clocks:\n  rapid-review: 10 days after'               | '10 days after'             | "cannot read the clock rule '10 days after'"
        'no number'            | 'clocks:\n  rapid-review: ten working days after'      | 'ten working days'          | "cannot read the clock rule 'ten working days after'"
        'no direction'         | 'clocks:\n  sin-notification: 5 working days'         | '5 working days'            | "cannot read the clock rule '5 working days'"
        'months before'        | 'clocks:\n  lcspr-publication: 6 months before'        | '6 months before'           | "cannot read the clock rule '6 months before'"
        'a meeting deadline'   | 'clocks:\n  agenda-items: 12 working days before'     | 'agenda-items'              | "clocks: 'agenda-items' is a meeting deadline, which each group sets in its terms of reference: put it under termsOfReference: deadlines:"
        'a meeting deadline'   | 'clocks:\n  minutes-circulated: 10 working days after' | 'minutes-circulated'       | "clocks: 'minutes-circulated' is a meeting deadline"
        'a meeting deadline'   | 'clocks:\n  agenda-published: 5 working days before'  | 'agenda-published'          | "in the group's file (code, workingDays, direction), not in clocks:"
        'a meeting deadline'   | 'clocks:\n  papers-published: 5 working days before'  | 'papers-published'          | "clocks: 'papers-published' is a meeting deadline"
        'negative'             | 'clocks:\n  rapid-review: -3 working days after'       | '-3 working'                | "cannot read the clock rule '-3 working days after'"
        'absurd count'         | 'clocks:\n  rapid-review: 99999 working days after'    | '99999'                     | 'at most 2600'
        'not text'             | 'clocks:\n  rapid-review: 10'                          | 'rapid-review: 10'          | 'string expected'
        'code not a code'      | 'clocks:\n  Rapid_Review: 10 working days after'       | 'Rapid_Review'              | 'Rapid_Review'
        'not a map'            | 'clocks: 10 working days after'                        | 'clocks:'                   | 'object expected'
        'unknown division'     | 'calendarDivision: wales'                              | 'calendarDivision: wales'   | 'enumeration'
    }

    def "a demo user in an agency the pack does not have is reported with its line"() {
        given:
        copySalford()
        def source = PackSource.directory(packs)
        def pack = reader.read(source, 'salford').value()
        def edited = edit('salford/demo-users.yaml', 'agency: camhs', 'agency: camhs-north')

        when:
        def users = reader.readDemoUsers(source, pack)

        then:
        users.problems() == [new PackProblem('salford/demo-users.yaml', lineOf(edited, 'camhs-north'),
                "agency 'camhs-north' is not one of the pack's agencies")]
    }

    def "an index naming a folder without a pack is reported"() {
        given:
        copySalford()
        Files.writeString(packs.resolve('index.yaml'), 'packs:\n  - salford\n  - wigan\n')

        when:
        def readings = reader.readAll(PackSource.directory(packs))

        then:
        readings*.problems.flatten() == [new PackProblem('index.yaml', 3, "no pack.yaml in folder 'wigan'")]
    }

    private void copySalford() {
        Path shipped = Path.of('salford')
        Files.createDirectories(packs.resolve('salford'))
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

    /** The 1-based line on which {@code snippet} ends (snippets may span lines to be unique). */
    private static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet)
        assert at >= 0: "'$snippet' not in the edited file"
        text.substring(0, at + snippet.length()).count('\n') + 1 - (snippet.endsWith('\n') ? 1 : 0)
    }
}
