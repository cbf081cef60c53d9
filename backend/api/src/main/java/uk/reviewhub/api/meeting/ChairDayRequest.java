package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A day (or part of one: 0.25 to 1) the group's independent chair worked. */
@Serdeable
public record ChairDayRequest(@NotNull UUID groupId, @NotNull @DateWindow LocalDate workedOn,
                              @NotNull @DecimalMin("0.25") @DecimalMax("1") BigDecimal days,
                              @NotBlank @Size(max = 500) String description) {
}
