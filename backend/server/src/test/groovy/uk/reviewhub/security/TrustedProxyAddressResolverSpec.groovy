package uk.reviewhub.security

import spock.lang.Specification

/**
 * Per-address throttles count the client's address: a forwarded-for header is believed only from
 * a proxy the deployment names, so a caller cannot choose the address it is counted under.
 */
class TrustedProxyAddressResolverSpec extends Specification {

    def "from #peer with X-Forwarded-For #header, trusting [#trusted], the client is #client"() {
        expect:
        new TrustedProxyAddressResolver(trusted).client(peer, header) == client

        where:
        trusted                | peer        | header                                  || client
        ''                     | '203.0.113.9' | ['198.51.100.1']                      || '203.0.113.9'  // nobody trusted: the header is ignored
        '10.0.0.5'             | '203.0.113.9' | ['198.51.100.1']                      || '203.0.113.9'  // a stranger writing the header
        '10.0.0.5'             | '10.0.0.5'  | ['198.51.100.1']                        || '198.51.100.1' // the trusted proxy's word
        '10.0.0.5'             | '10.0.0.5'  | ['1.2.3.4, 198.51.100.1']               || '198.51.100.1' // the nearest hop, not what the client wrote first
        '10.0.0.5, 10.0.0.6'   | '10.0.0.5'  | ['198.51.100.1, 10.0.0.6']              || '198.51.100.1' // past a chain of trusted proxies
        '10.0.0.5'             | '10.0.0.5'  | []                                      || '10.0.0.5'     // a proxy that said nothing
        '10.0.0.5'             | '10.0.0.5'  | ['10.0.0.5']                            || '10.0.0.5'
        'loopback'             | '127.0.0.1' | ['198.51.100.1']                        || '198.51.100.1' // development: the UI on this machine
        'loopback'             | '0:0:0:0:0:0:0:1' | ['198.51.100.1']                  || '198.51.100.1'
        'loopback'             | '203.0.113.9' | ['198.51.100.1']                      || '203.0.113.9'  // loopback trusts no stranger
        'loopback'             | '127.0.0.1' | ['198.51.100.1, 127.0.0.1']             || '198.51.100.1' // the UI's own hop skipped
        'loopback'             | '127.0.0.1' | ['127.evil.example']                    || '127.evil.example' // a name is no loopback
        ''                     | '127.0.0.1' | ['198.51.100.1']                        || '127.0.0.1'    // production: nobody by default
    }
}
