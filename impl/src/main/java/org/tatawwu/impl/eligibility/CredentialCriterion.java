package org.tatawwu.impl.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialDemand;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.VerificationLevel;
import org.tatawwu.eligibility.Criterion;
import org.tatawwu.eligibility.CriterionSpec;
import org.tatawwu.eligibility.EligibilityQuery;
import org.tatawwu.eligibility.Unmet;

/**
 * The built-in {@code credentials} criterion: for each type the query's {@link CredentialDemand}
 * names, a verified credential of that type valid for the whole shift: issued on or before the
 * shift's first day and valid through its last day (or expired fewer than {@code graceDays} days
 * before that last day); when a level is demanded, one such credential at that level or better.
 *
 * <p>The shift's days are the local dates, in the opportunity's zone, from the day of its start to
 * the day of its end instant; a shift ending exactly at the start of a day (midnight) does not
 * touch that day, since its end is exclusive. A credential whose last valid day falls inside the
 * shift lapses mid-shift and does not count, whenever the question is asked (on offering or on
 * acceptance).
 *
 * <p>Reasons, one per demanded type that fails (types in id order), then the level: {@code
 * credential.expired} (a verified one exists but expires before the shift's last day: {@code type},
 * {@code expiredOn}, the first day it is no longer valid), {@code credential.notYetIssued}
 * (verified, but issued after the shift's first day: {@code type}, {@code issuedOn}), {@code
 * credential.unverified} (only claimed), {@code credential.revoked} (only revoked), {@code
 * credential.missing} (none, or only rejected), {@code credential.levelTooLow} ({@code level}
 * demanded, {@code best} held or 0 for none). Immutable and thread-safe.
 */
final class CredentialCriterion implements Criterion {
  private final int graceDays;

  private CredentialCriterion(int graceDays) {
    this.graceDays = graceDays;
  }

  static Criterion create(CriterionSpec spec) {
    return new CredentialCriterion(
        new Parameters(spec, Set.of("graceDays")).integer("graceDays", 0, 0, 3650));
  }

  /**
   * Returns the last local day the query's shift touches: the day of its end instant, or the day
   * before when the shift ends exactly at the start of that day; never before the first day.
   */
  static LocalDate lastDay(EligibilityQuery q) {
    ZoneId zone = q.opportunity().zone();
    Instant end = q.shift().time().end();
    LocalDate day = LocalDate.ofInstant(end, zone);
    if (day.atStartOfDay(zone).toInstant().equals(end)) {
      day = day.minusDays(1);
    }
    return day.isBefore(q.shiftDay()) ? q.shiftDay() : day;
  }

  private boolean counts(Credential c, LocalDate first, LocalDate last) {
    if (c.status() != CredentialStatus.VERIFIED || first.isBefore(c.issuedOn())) {
      return false;
    }
    return c.expiresOn().map(e -> !last.isAfter(e.plusDays(graceDays))).orElse(true);
  }

  @Override
  public boolean accepts(EligibilityQuery q) {
    CredentialDemand demand = q.credentialDemand();
    if (demand.isEmpty()) {
      return true;
    }
    LocalDate first = q.shiftDay();
    LocalDate last = lastDay(q);
    for (CredentialTypeId type : demand.types()) {
      boolean found = false;
      for (Credential c : q.credentials()) {
        if (c.type().id().equals(type) && counts(c, first, last)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return demand.minimumLevel().isEmpty()
        || best(q, first, last).map(b -> b.meets(demand.minimumLevel().get())).orElse(false);
  }

  private Optional<VerificationLevel> best(EligibilityQuery q, LocalDate first, LocalDate last) {
    VerificationLevel best = null;
    for (Credential c : q.credentials()) {
      if (counts(c, first, last) && (best == null || c.type().level().meets(best))) {
        best = c.type().level();
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public void check(EligibilityQuery q, List<Unmet> unmet) {
    if (accepts(q)) {
      return;
    }
    CredentialDemand demand = q.credentialDemand();
    List<CredentialTypeId> types = new ArrayList<>(demand.types());
    types.sort(null);
    LocalDate first = q.shiftDay();
    LocalDate last = lastDay(q);
    for (CredentialTypeId type : types) {
      boolean ok = false;
      @Nullable LocalDate latestExpiry = null;
      boolean claimed = false;
      boolean revoked = false;
      @Nullable LocalDate notYetIssued = null;
      for (Credential c : q.credentials()) {
        if (!c.type().id().equals(type)) {
          continue;
        }
        if (counts(c, first, last)) {
          ok = true;
        } else if (c.status() == CredentialStatus.VERIFIED && first.isBefore(c.issuedOn())) {
          notYetIssued = c.issuedOn();
        } else if (c.status() == CredentialStatus.VERIFIED && c.expiresOn().isPresent()) {
          LocalDate e = c.expiresOn().get();
          latestExpiry = latestExpiry == null || e.isAfter(latestExpiry) ? e : latestExpiry;
        } else if (c.status() == CredentialStatus.CLAIMED) {
          claimed = true;
        } else if (c.status() == CredentialStatus.REVOKED) {
          revoked = true;
        }
      }
      if (ok) {
        continue;
      }
      if (latestExpiry != null) {
        unmet.add(
            Unmet.of(
                "credential.expired", "type", type.value(), "expiredOn", latestExpiry.plusDays(1)));
      } else if (notYetIssued != null) {
        unmet.add(
            Unmet.of("credential.notYetIssued", "type", type.value(), "issuedOn", notYetIssued));
      } else if (claimed) {
        unmet.add(Unmet.of("credential.unverified", "type", type.value()));
      } else if (revoked) {
        unmet.add(Unmet.of("credential.revoked", "type", type.value()));
      } else {
        unmet.add(Unmet.of("credential.missing", "type", type.value()));
      }
    }
    if (demand.minimumLevel().isPresent()) {
      Optional<VerificationLevel> best = best(q, first, last);
      VerificationLevel required = demand.minimumLevel().get();
      if (best.isEmpty() || !best.get().meets(required)) {
        unmet.add(
            Unmet.of(
                "credential.levelTooLow",
                "level",
                required.number(),
                "best",
                best.map(VerificationLevel::number).orElse(0)));
      }
    }
  }
}
