package uk.reviewhub.web

import spock.lang.Specification

/** Field names in a problem's sentences read as words for people (issue 13, item 14), abbreviations spelt out. */
class FieldMessagesSpec extends Specification {

    def "#field reads as '#label'"() {
        expect:
        FieldMessages.label(field) == label

        where:
        field                 || label
        'laCaseReference'     || 'Local authority case reference'
        'deputy.to'           || 'Deputy to'
        'links[2]'            || 'Links 3'
        'agencyId'            || 'Agency ID'
        'cpPlan'              || 'Child protection plan'
        'earlyAtIroRequest'   || 'Early at IRO request'
        'title'               || 'Title'
        ''                    || 'This value'
    }
}
