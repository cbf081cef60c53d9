package uk.reviewhub.scrutiny

import spock.lang.Specification
import uk.reviewhub.scrutiny.domain.RatingSummary
import uk.reviewhub.scrutiny.domain.ScrutinyRatingChart

import javax.xml.parsers.DocumentBuilderFactory

/**
 * The rating chart drawn on the server (issue 12 item 7): the counts per rating per domain become
 * bars in proportion to the largest count, and the SVG is well-formed, labelled for assistive
 * technology (role, title, a description with every figure) and escapes the framework's words.
 */
class ScrutinyRatingChartSpec extends Specification {

    static List<RatingSummary.DomainCounts> themes(Map<String, Map<String, Integer>> counts) {
        counts.collect { domain, byRating -> new RatingSummary.DomainCounts(domain, "${domain} name".toString(), new LinkedHashMap(byRating)) }
    }

    def "#what"() {
        expect:
        ScrutinyRatingChart.bars(themes(counts)).collect { [it.domain(), it.rating(), it.count(), it.length()] } == bars

        where:
        what                                                     | counts                                                   || bars
        'no observations: no bars'                               | [:]                                                      || []
        'the largest count is the longest bar'                   | [voice: [Good: 2, Inadequate: 1]]                        || [['voice', 'Good', 2, 300], ['voice', 'Inadequate', 1, 150]]
        'a rating no one gave is a bar of no length'             | [voice: [Outstanding: 0, Good: 3]]                       || [['voice', 'Outstanding', 0, 0], ['voice', 'Good', 3, 300]]
        'domains share one scale of lengths, in summary order'   | [risk: [Good: 4], voice: [Good: 1, Weak: 3]]             || [['risk', 'Good', 4, 300], ['voice', 'Good', 1, 75], ['voice', 'Weak', 3, 225]]
        'lengths round to the nearest pixel'                     | [voice: [A: 3, B: 1, C: 2]]                              || [['voice', 'A', 3, 300], ['voice', 'B', 1, 100], ['voice', 'C', 2, 200]]
    }

    def "the SVG is well-formed XML, an image with a title and a description that says every figure"() {
        given:
        def chart = themes([voice: [Good: 2, Inadequate: 1], risk: [Good: 0, 'Requires improvement': 4]])

        when:
        String svg = ScrutinyRatingChart.svg(chart, 'Observations per rating in each domain')
        def factory = DocumentBuilderFactory.newInstance()
        factory.namespaceAware = true
        def document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes('UTF-8')))
        def root = document.documentElement

        then:
        root.localName == 'svg'
        root.namespaceURI == 'http://www.w3.org/2000/svg'
        root.getAttribute('role') == 'img'
        root.getAttribute('aria-labelledby') == 'rating-chart-title rating-chart-desc'
        document.getElementsByTagNameNS('*', 'title').item(0).textContent == 'Observations per rating in each domain'
        document.getElementsByTagNameNS('*', 'desc').item(0).textContent ==
                'How many observations gave each rating, per domain. voice name: Good 2, Inadequate 1. risk name: Good 0, Requires improvement 4.'

        and: 'a bar for each count above 0, each labelled with its rating and count'
        def rects = document.getElementsByTagNameNS('*', 'rect')
        rects.length == 3
        (0..<rects.length).collect { rects.item(it).getAttribute('width') } == ['150', '75', '300']
        def texts = document.getElementsByTagNameNS('*', 'text')
        def words = (0..<texts.length).collect { texts.item(it).textContent }
        words.containsAll(['voice name', 'risk name', 'Good', 'Inadequate', 'Requires improvement', '2', '1', '0', '4'])
    }

    def "the framework's words are escaped, and no observation is said in words"() {
        when:
        String svg = ScrutinyRatingChart.svg(themes(['a<b>&"c"': ['<script>': 1]]), 'T & <title>')
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes('UTF-8')))
        String empty = ScrutinyRatingChart.svg([], 'Nothing')

        then:
        !svg.contains('<script>')
        svg.contains('&lt;script&gt;')
        svg.contains('<title id="rating-chart-title">T &amp; &lt;title&gt;</title>')
        empty.contains('No observation has been rated yet.')
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(empty.getBytes('UTF-8'))) != null
    }
}
