package org.tatawwu.opportunity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
 * @param id the shift's id: 1 to 64 ASCII letters, digits, {@code . _ : -}
 * @param start when it starts
 * @param end when it ends, after start
 * @param capacity the seats, 1 to 100,000
 */
@ValidTimeRange
// @NotNull is a validation rule on input that may be null, not a nullness claim.
@SuppressWarnings("MultipleNullnessAnnotations")
public record ShiftDraft(
    @NotBlank @Size(max = 64) @Pattern(regexp = ID_PATTERN) @Nullable String id,
    @NotNull @Nullable Instant start,
    @NotNull @Nullable Instant end,
    @NotNull @Positive @Max(Shift.MAX_CAPACITY) @Nullable Integer capacity) {
  /**
   * The characters of a shift or entity id ({@link ShiftId}, {@link
   * org.tatawwu.organization.EntityId}): ASCII letters, digits, {@code . _ : -}. The length (1 to
   * 64) is checked by {@code @NotBlank} and {@code @Size}.
   */
  public static final String ID_PATTERN = "[A-Za-z0-9._:-]*";

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
