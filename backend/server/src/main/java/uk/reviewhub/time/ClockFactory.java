package uk.reviewhub.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The application's one clock. Everything that asks "what time is it" injects this, so tests can
 * replace it with a clock they move instead of sleeping.
 */
@Factory
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
