package uk.reviewhub.identity

import spock.lang.Specification
import spock.lang.Subject
import uk.reviewhub.identity.domain.PasswordPolicy
import uk.reviewhub.security.SecretTokens

class PasswordPolicySpec extends Specification {

    @Subject
    PasswordPolicy policy = new PasswordPolicy()

    def "a password is refused when #why"() {
        expect:
        policy.problem(password, 'jo.bloggs@norfolk.gov.uk').get().contains(words)

        where:
        why                                         | password                   | words
        'it is missing'                             | ''                         | 'at least 12'
        'it is 11 characters'                       | 'kettle-lamp'              | 'this password has 11'
        'it is longer than 128 characters'          | 'a1b2' * 33                | 'at most 128'
        'it is on the common list'                  | 'passwordpassword'         | 'most commonly used'
        'it is a common word with digits after it'  | 'Password2026!'            | 'most commonly used'
        'it is a common word with symbols around'   | '!!Safeguarding12'         | 'most commonly used'
        'it is one character repeated'              | 'aaaaaaaaaaaaaa'           | 'repeated character'
        'it is two characters alternating'          | 'abababababab'             | 'repeated character'
        'it is a run of digits that wraps'          | '123456789012'             | 'simple run'
        'it is a run of letters backwards'          | 'lkjihgfedcba'             | 'simple run'
        'it is the email address'                   | 'jo.bloggs@norfolk.gov.uk' | 'email address'
        'it is the name part of the email with digits' | 'jo.bloggs2026!'        | 'email address'
    }

    def "a long unusual password is accepted, counted in characters not bytes"() {
        expect:
        policy.problem('heron kettle lamp', 'jo@norfolk.gov.uk').empty
        policy.problem('ćwierć-ąę-żółw', null).empty
    }

    def "secret tokens are 256-bit, url-safe and only their hash is kept"() {
        when:
        def one = SecretTokens.newToken()
        def two = SecretTokens.newToken()

        then:
        one.length() == 43
        one ==~ /[A-Za-z0-9_-]{43}/
        one != two
        SecretTokens.sha256Hex(one).length() == 64
        SecretTokens.sha256Hex(one) == SecretTokens.sha256(one).encodeHex().toString()
        SecretTokens.sha256Hex(one) != SecretTokens.sha256Hex(two)
    }
}
