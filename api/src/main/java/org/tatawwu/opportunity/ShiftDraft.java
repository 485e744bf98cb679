package org.tatawwu.opportunity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tatawwu.constraints.ValidTimeRange;
import org.tatawwu.time.TimeRange;

/**
 * A shift as typed in an {@link OpportunityDraft}.
 *
 * @param id the shift's id
 * @param start when it starts
 * @param end when it ends, after start
 * @param capacity the seats, 1 to 100,000
 */
@ValidTimeRange
// @NotNull is a validation rule on input that may be null, not a nullness claim.
@SuppressWarnings("MultipleNullnessAnnotations")
public record ShiftDraft(
    @NotBlank @Size(max = 64) @Nullable String id,
    @NotNull @Nullable Instant start,
    @NotNull @Nullable Instant end,
    @NotNull @Positive @Max(Shift.MAX_CAPACITY) @Nullable Integer capacity) {

  /**
   * Makes the shift. Call only after validation.
   *
   * @return the shift
   * @throws org.tatawwu.validation.InvalidValueException or NullPointerException if not valid
   */
  public Shift toShift() {
    return new Shift(
        ShiftId.of(Objects.requireNonNull(id, "id")),
        TimeRange.of(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end")),
        Objects.requireNonNull(capacity, "capacity"));
  }
}
