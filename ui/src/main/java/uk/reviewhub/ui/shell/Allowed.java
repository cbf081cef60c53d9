package uk.reviewhub.ui.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capability a view needs: its menu entry is listed, and the route opens, only for people who
 * have it ({@link Capability}); others get "not available to you" with a way on. A routed view
 * without it needs {@link Capability#PARTNERSHIP}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Allowed {
    Capability value();
}
