package uk.reviewhub.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date the partnership could plausibly mean: from {@code yearsBack} years before today to
 * {@code yearsAhead} years after it (today in London), both days included. Refuses the absurd (a
 * case aware on 01/01/0001, an action completed in 2100) with the window in UK dates; a field with
 * a reason for a wider or narrower window says so in its own numbers. Null passes (say
 * {@code @NotNull} as well where a date is required). The window is {@link DateWindows}' rule, so the
 * UI's date pickers offer the same days.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
public @interface DateWindow {

    /** Years before today that are still plausible. */
    int yearsBack() default DateWindows.YEARS_BACK;

    /** Years after today that are still plausible. */
    int yearsAhead() default DateWindows.YEARS_AHEAD;

    String message() default "must be within the plausible window";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
