package uk.reviewhub.meeting

import io.micronaut.runtime.event.annotation.EventListener
import jakarta.inject.Singleton
import uk.reviewhub.meeting.domain.AgendaPublished

import java.util.concurrent.CopyOnWriteArrayList

/** Collects the AgendaPublished events raised in tests (the hook the reminders feature listens to). */
@Singleton
class AgendaPublishedEvents {
    final List<AgendaPublished> received = new CopyOnWriteArrayList<>()

    @EventListener
    void on(AgendaPublished event) {
        received << event
    }
}
