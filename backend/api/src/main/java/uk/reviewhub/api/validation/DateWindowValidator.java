package uk.reviewhub.api.validation;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/** Checks {@link DateWindow} against today from the injected clock; the refusal names the window in UK dates. */
@Singleton
public class DateWindowValidator implements ConstraintValidator<DateWindow, LocalDate> {

    private final Clock clock;

    public DateWindowValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(@Nullable LocalDate value, @NonNull AnnotationValue<DateWindow> annotation,
                           @NonNull ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int back = annotation.intValue("yearsBack").orElse(DateWindows.YEARS_BACK);
        int ahead = annotation.intValue("yearsAhead").orElse(DateWindows.YEARS_AHEAD);
        LocalDate today = DateWindows.today(clock);
        if (DateWindows.within(value, today, back, ahead)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(DateWindows.refusal(today, back, ahead)).addConstraintViolation();
        return false;
    }
}
