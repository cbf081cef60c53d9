package uk.reviewhub.ui.backend

import com.vaadin.flow.internal.CurrentInstance
import com.vaadin.flow.server.VaadinRequest
import spock.lang.Specification

/**
 * The UI tells the backend the browser's address (issue 11): the peer of the browser's request,
 * added as the nearest hop after what a proxy in front of the UI wrote. What a browser writes into
 * the header itself stays further away than the address the UI saw, so the backend, which takes
 * the nearest hop it does not trust (TrustedProxyAddressResolverSpec), is not fooled by it.
 */
class ForwardedForSpec extends Specification {

    def "from #peer with #incoming reaching the UI, the backend is told #told"() {
        expect:
        ForwardedFor.chain(incoming, peer) == Optional.ofNullable(told)

        where:
        incoming                      | peer            || told
        null                          | '198.51.100.7'  || '198.51.100.7'                    // a browser straight to the UI
        '  '                          | '198.51.100.7'  || '198.51.100.7'
        '203.0.113.1'                 | '10.0.0.9'      || '203.0.113.1, 10.0.0.9'           // behind a load balancer
        '6.6.6.6'                     | '198.51.100.7'  || '6.6.6.6, 198.51.100.7'           // a browser's own word stays further away
        null                          | null            || null                              // outside a request: nothing said
        'x'                           | ''              || null
    }

    def "a call made while serving the browser tells the address of that browser's request"() {
        given:
        VaadinRequest request = Stub(VaadinRequest) {
            getRemoteAddr() >> '198.51.100.7'
            getHeader(ForwardedFor.HEADER) >> '203.0.113.1'
        }
        CurrentInstance.set(VaadinRequest, request)

        expect:
        ForwardedFor.current() == Optional.of('203.0.113.1, 198.51.100.7')

        cleanup:
        CurrentInstance.clearAll()
    }

    def "a call made outside any request or session tells nothing"() {
        given:
        CurrentInstance.clearAll()

        expect:
        ForwardedFor.current().empty
    }
}
