package uk.reviewhub.national

import spock.lang.Specification
import uk.reviewhub.national.domain.AggregateRow
import uk.reviewhub.national.domain.Comparators
import uk.reviewhub.national.domain.NationalCountsCache

import java.time.LocalDate
import java.util.function.LongSupplier

/**
 * England's counts are counted once and kept for reviewhub.national.cache-seconds on a replica:
 * the same key within that age answers the kept rows; an older count, another day, other years or
 * another suppression limit count again; 0 seconds counts every time. The replica's clock is a
 * counter the spec moves, so nothing here waits or times anything.
 */
class NationalCountsCacheSpec extends Specification {

    long now = 0
    int counted = 0
    LongSupplier ticker = { now } as LongSupplier
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7)

    List<AggregateRow> count() {
        counted++
        [new AggregateRow('notifications', 'all', 'all', 'ENGLAND', 'E92000001', 2026, 0, counted)]
    }

    static NationalCountsCache.Key key(int first = 2017, int last = 2026, LocalDate today = TODAY, int suppressUpTo = 5) {
        new NationalCountsCache.Key(first, last, today, suppressUpTo, [])
    }

    def "within #age s of a 60 s cache the same figures are answered without counting again: #counts count(s)"() {
        given:
        def cache = new NationalCountsCache(60, ticker)
        def first = cache.get(key(), this.&count)

        when:
        now += age * 1_000_000_000L
        def second = cache.get(key(), this.&count)

        then:
        counted == counts
        (second[0].value() == first[0].value()) == (counts == 1)

        where:
        age | counts
        0   | 1
        59  | 1
        60  | 2
        600 | 2
    }

    def "another #what is counted at once, whatever the age"() {
        given:
        def cache = new NationalCountsCache(60, ticker)
        cache.get(key(), this.&count)

        when:
        cache.get(other, this.&count)

        then:
        counted == 2

        where:
        what                | other
        'day (overdue)'     | key(2017, 2026, TODAY.plusDays(1))
        'first year'        | key(2018, 2026)
        'last year'         | key(2017, 2025)
        'suppression limit' | key(2017, 2026, TODAY, 10)
        'comparators'       | new NationalCountsCache.Key(2017, 2026, TODAY, 5, [new Comparators('a', 'A', 'E12000001', 1000, 2024, 'ONS', [])])
    }

    def "0 seconds counts on every request (the test suite's setting)"() {
        given:
        def cache = new NationalCountsCache(0, ticker)

        when:
        3.times { cache.get(key(), this.&count) }

        then:
        counted == 3
    }

    def "a negative age is refused with the setting's name"() {
        when:
        new NationalCountsCache(-1, ticker)

        then:
        def refused = thrown(IllegalArgumentException)
        refused.message.contains('reviewhub.national.cache-seconds')
    }
}
