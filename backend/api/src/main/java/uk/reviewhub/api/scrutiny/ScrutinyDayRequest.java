package uk.reviewhub.api.scrutiny;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A day (or part of one: 0.25 to 1) the signed-in scrutineer worked on the piece. */
@Serdeable
public record ScrutinyDayRequest(@NotNull @DateWindow LocalDate workedOn,
                                 @NotNull @DecimalMin("0.25") @DecimalMax("1") BigDecimal days,
                                 @NotBlank @Size(max = 400) String description) {
}
