package uk.reviewhub.api.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.time.LocalDateTime;

/** {@link DateWindow} on a date and time (a meeting's start): its day must be within the window. */
@Singleton
public class DateTimeWindowValidator implements ConstraintValidator<DateWindow, LocalDateTime> {

    private final DateWindowValidator days;

    public DateTimeWindowValidator(DateWindowValidator days) {
        this.days = days;
    }

    @Override
    public boolean isValid(@Nullable LocalDateTime value, @NonNull AnnotationValue<DateWindow> annotation,
                           @NonNull ConstraintValidatorContext context) {
        return days.isValid(value == null ? null : value.toLocalDate(), annotation, context);
    }
}
