package uk.reviewhub.scrutiny

import spock.lang.Specification
import uk.reviewhub.scrutiny.domain.NameCheck

/** The minimal-data check on scrutiny's free text: what looks like a name or a case number, and what does not. */
class NameCheckSpec extends Specification {

    def "'#text' is flagged as '#found'"() {
        expect:
        NameCheck.find(text).orElse(null) == found

        where:
        text                                                       | found
        'Mrs Smith explained the plan'                             | 'Mrs Smith'
        'The mother Jane was present'                              | 'mother Jane'
        'a child called Kai'                                       | 'called Kai'
        'Case LCS123456 was discussed'                             | 'LCS123456'
        'reference 99812 on the system'                            | '99812'
        'Police and health shared the history'                     | null
        'The mother was present. She said little'                  | null
        'Children\'s Services and Norfolk Constabulary attended'    | null
        'the child The social worker'                              | null
        'Meeting on 12/03/2026 at 10:00'                           | null
        ''                                                         | null
        null                                                       | null
    }
}
