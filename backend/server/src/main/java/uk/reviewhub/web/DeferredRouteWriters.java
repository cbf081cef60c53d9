package uk.reviewhub.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ByteBufferFactory;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.ByteBodyHttpResponse;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.ByteBodyFactory;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.body.ResponseBodyWriter;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonFeatures;
import io.micronaut.json.body.CustomizableJsonHandler;
import jakarta.inject.Singleton;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Makes each route's JSON writer when the route first answers, not while the router is built at
 * start. Micronaut builds every route's writer for its declared body type as it builds the router
 * ({@code DefaultRouteInfo} calls {@link MessageBodyWriter#createSpecific} on what the registry
 * finds), and for JSON that builds the type's serialiser and deserialiser there and then: for this
 * API's 222 routes, about 0.3 s of the start's main thread in a wall-clock profile of a restart
 * ({@code infra/bench/README.md}, "the start under 3 s"), before anyone can be served.
 *
 * <p>The registry's writers are wrapped so that {@code createSpecific} returns a writer that makes
 * the real one at its first use and hands everything to it from then on. What is written does not
 * change: it is the same specific writer, made later (only when a response is written is it asked
 * anything). Everything else (readers, which writer is found, customising a JSON writer) is the
 * registry's and the writer's own answer.
 * {@code DeferredRouteWritersSpec} checks that the router's writers are deferred and that a route
 * answers as before.
 */
@Singleton
final class DeferredRouteWriters implements BeanCreatedEventListener<MessageBodyHandlerRegistry> {

    @Override
    public MessageBodyHandlerRegistry onCreated(BeanCreatedEvent<MessageBodyHandlerRegistry> event) {
        MessageBodyHandlerRegistry registry = event.getBean();
        return registry instanceof Registry ? registry : new Registry(registry);
    }

    /** The registry, whose writers defer {@code createSpecific}. */
    static final class Registry implements MessageBodyHandlerRegistry {
        private final MessageBodyHandlerRegistry registry;

        Registry(MessageBodyHandlerRegistry registry) {
            this.registry = registry;
        }

        @Override
        public <T> Optional<MessageBodyReader<T>> findReader(Argument<T> type, List<MediaType> mediaType) {
            return registry.findReader(type, mediaType);
        }

        @Override
        public <T> Optional<MessageBodyWriter<T>> findWriter(Argument<T> type, List<MediaType> mediaType) {
            return registry.findWriter(type, mediaType).map(Registry::deferring);
        }

        static <T> MessageBodyWriter<T> deferring(MessageBodyWriter<T> writer) {
            return writer instanceof CustomizableJsonHandler ? new CustomizableDeferring<>(writer) : new Deferring<>(writer);
        }
    }

    /** Hands every call to {@link #target()}. */
    private abstract static class Delegating<T> implements ResponseBodyWriter<T> {

        abstract MessageBodyWriter<T> target();

        @Override
        public boolean isWriteable(Argument<T> type, MediaType mediaType) {
            return target().isWriteable(type, mediaType);
        }

        @Override
        public void writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders outgoingHeaders,
                            OutputStream outputStream) throws CodecException {
            target().writeTo(type, mediaType, object, outgoingHeaders, outputStream);
        }

        @Override
        public ByteBuffer<?> writeTo(Argument<T> type, MediaType mediaType, T object, MutableHeaders outgoingHeaders,
                                     ByteBufferFactory<?, ?> bufferFactory) throws CodecException {
            return target().writeTo(type, mediaType, object, outgoingHeaders, bufferFactory);
        }

        @Override
        public ByteBodyHttpResponse<?> write(ByteBodyFactory bodyFactory, HttpRequest<?> request,
                                             MutableHttpResponse<T> httpResponse, Argument<T> type, MediaType mediaType,
                                             T object) throws CodecException {
            return ResponseBodyWriter.wrap(target()).write(bodyFactory, request, httpResponse, type, mediaType, object);
        }

        @Override
        public CloseableByteBody writePiece(ByteBodyFactory bodyFactory, HttpRequest<?> request, HttpResponse<?> response,
                                            Argument<T> type, MediaType mediaType, T object) throws CodecException {
            return ResponseBodyWriter.wrap(target()).writePiece(bodyFactory, request, response, type, mediaType, object);
        }
    }

    /** A writer the registry found: itself in every way, but its specific writers are made at first use. */
    static class Deferring<T> extends Delegating<T> {
        private final MessageBodyWriter<T> writer;

        Deferring(MessageBodyWriter<T> writer) {
            this.writer = writer;
        }

        @Override
        MessageBodyWriter<T> target() {
            return writer;
        }

        @Override
        public MessageBodyWriter<T> createSpecific(Argument<T> type) {
            return new Specific<>(writer, type);
        }

        @Override
        public boolean isBlocking() {
            return writer.isBlocking();
        }
    }

    /**
     * A JSON writer that can be customised (an HTTP client with JSON features of its own asks for
     * that): customising it customises the writer found, and defers that one's specific writers too.
     */
    static final class CustomizableDeferring<T> extends Deferring<T> implements CustomizableJsonHandler {

        CustomizableDeferring(MessageBodyWriter<T> writer) {
            super(writer);
        }

        @Override
        @SuppressWarnings("unchecked") // a customised JSON handler is a writer of the same type
        public CustomizableJsonHandler customize(JsonFeatures features) {
            CustomizableJsonHandler customised = ((CustomizableJsonHandler) target()).customize(features);
            return customised instanceof MessageBodyWriter<?> w
                    ? (CustomizableJsonHandler) Registry.deferring((MessageBodyWriter<T>) w)
                    : customised;
        }
    }

    /** {@code writer.createSpecific(type)}, made at its first use. */
    static final class Specific<T> extends Delegating<T> {
        private final MessageBodyWriter<T> writer;
        private final Argument<T> type;
        private volatile MessageBodyWriter<T> made;

        Specific(MessageBodyWriter<T> writer, Argument<T> type) {
            this.writer = writer;
            this.type = type;
        }

        /** Whether the specific writer has been made yet (for the spec). */
        boolean made() {
            return made != null;
        }

        @Override
        MessageBodyWriter<T> target() {
            MessageBodyWriter<T> specific = made;
            if (specific == null) {
                synchronized (this) {
                    specific = made;
                    if (specific == null) {
                        specific = writer.createSpecific(type);
                        made = specific;
                    }
                }
            }
            return specific;
        }

        @Override
        public MessageBodyWriter<T> createSpecific(Argument<T> other) {
            return target().createSpecific(other);
        }

        @Override
        public boolean isBlocking() {
            return target().isBlocking();
        }
    }
}
