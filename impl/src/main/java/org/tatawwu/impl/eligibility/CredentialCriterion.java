package org.tatawwu.impl.eligibility;

import java.time.LocalDate;
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
 * names, a verified credential of that type valid on the shift's day or expired fewer than {@code
 * graceDays} days before it; when a level is demanded, one such credential at that level or better.
 *
 * <p>Reasons, one per demanded type that fails (types in id order), then the level: {@code
 * credential.expired} (a verified one exists but expired: {@code type}, {@code expiredOn}), {@code
 * credential.notYetIssued} (verified, but issued after the shift's day: {@code type}, {@code
 * issuedOn}), {@code credential.unverified} (only claimed), {@code credential.revoked} (only
 * revoked), {@code credential.missing} (none, or only rejected), {@code credential.levelTooLow}
 * ({@code level} demanded, {@code best} held or 0 for none). Immutable and thread-safe.
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

  private boolean counts(Credential c, LocalDate day) {
    if (c.status() != CredentialStatus.VERIFIED || day.isBefore(c.issuedOn())) {
      return false;
    }
    return c.expiresOn().map(e -> !day.isAfter(e.plusDays(graceDays))).orElse(true);
  }

  @Override
  public boolean accepts(EligibilityQuery q) {
    CredentialDemand demand = q.credentialDemand();
    if (demand.isEmpty()) {
      return true;
    }
    LocalDate day = q.shiftDay();
    for (CredentialTypeId type : demand.types()) {
      boolean found = false;
      for (Credential c : q.credentials()) {
        if (c.type().id().equals(type) && counts(c, day)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return demand.minimumLevel().isEmpty()
        || best(q).map(b -> b.meets(demand.minimumLevel().get())).orElse(false);
  }

  private Optional<VerificationLevel> best(EligibilityQuery q) {
    VerificationLevel best = null;
    for (Credential c : q.credentials()) {
      if (counts(c, q.shiftDay()) && (best == null || c.type().level().meets(best))) {
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
    LocalDate day = q.shiftDay();
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
        if (counts(c, day)) {
          ok = true;
        } else if (c.status() == CredentialStatus.VERIFIED && day.isBefore(c.issuedOn())) {
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
      Optional<VerificationLevel> best = best(q);
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
