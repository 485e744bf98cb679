package org.tatawwu.impl.credential;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.BackgroundCheckId;
import org.tatawwu.credential.BackgroundCheckState;
import org.tatawwu.credential.Credential;
import org.tatawwu.credential.CredentialId;
import org.tatawwu.credential.CredentialRegistry;
import org.tatawwu.credential.CredentialStatus;
import org.tatawwu.credential.CredentialType;
import org.tatawwu.credential.CredentialTypeId;
import org.tatawwu.credential.Evidence;
import org.tatawwu.credential.Expiring;
import org.tatawwu.credential.FlagReason;
import org.tatawwu.credential.Verification;
import org.tatawwu.impl.validation.Messages;
import org.tatawwu.impl.validation.RuleMessages;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.text.BilingualText;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;
import org.tatawwu.volunteer.VolunteerId;

/**
 * Credential types, credentials and background checks in memory. Every method holds the registry's
 * lock: thread-safe, each operation all or nothing.
 *
 * <p>Made with a vault, the registry keeps the personal text it is given sealed under the
 * volunteer's key ({@link PersonalDataVault#seal}): a credential's evidence reference and a flagged
 * check's statement. What the registry holds in their place is a fixed marker; they are opened on
 * every read and, once the volunteer is erased, read {@value #ERASED_REFERENCE} (a reference) and
 * {@link PersonalDataVault#ERASED_TEXT} (a statement). Statuses, dates, types and reason codes stay
 * as given: they are what expiry, eligibility and the books count, under the pseudonymous id.
 */
public final class DefaultCredentialRegistry implements CredentialRegistry {
  static final String BASE_NAME = "org.tatawwu.impl.credential.Credentials";
  private static final RuleMessages MESSAGES = new RuleMessages(BASE_NAME);

  private final Map<CredentialTypeId, CredentialType> types = new HashMap<>();
  private final Map<CredentialId, Credential> credentials = new LinkedHashMap<>();
  private final Map<BackgroundCheckId, BackgroundCheckCase> checks = new LinkedHashMap<>();

  /** What an evidence reference reads once its volunteer is erased: {@value}. */
  public static final String ERASED_REFERENCE = "erased";

  /** What the registry holds in place of a sealed value. */
  private static final String SEALED = "sealed";

  private final @Nullable PersonalDataVault vault;

  /** Each credential's sealed evidence reference, with a vault. */
  private final Map<CredentialId, String> sealedReferences = new HashMap<>();

  /** Each flagged check's sealed statement (Arabic, English), with a vault. */
  private final Map<BackgroundCheckId, List<String>> sealedStatements = new HashMap<>();

  /** Creates an empty registry that keeps what it is given as given. */
  public DefaultCredentialRegistry() {
    this.vault = null;
  }

  /**
   * Creates an empty registry that seals personal text under each volunteer's key.
   *
   * @param vault the vault, not null
   */
  public DefaultCredentialRegistry(PersonalDataVault vault) {
    this.vault = Objects.requireNonNull(vault, "vault");
  }

  /** A credential as it reads: its sealed evidence reference opened. */
  private Credential shown(Credential c) {
    PersonalDataVault v = vault;
    String sealed = sealedReferences.get(c.id());
    if (v == null || sealed == null) {
      return c;
    }
    String reference = v.open(c.volunteer(), sealed).orElse(ERASED_REFERENCE);
    return new Credential(
        c.id(),
        c.volunteer(),
        c.type(),
        Evidence.of(c.evidence().kind(), reference),
        c.issuedOn(),
        c.expiresOn(),
        c.status(),
        c.verification());
  }

  /** A check as it reads: its sealed statement opened. */
  private BackgroundCheckCase shown(BackgroundCheckCase c) {
    PersonalDataVault v = vault;
    List<String> sealed = sealedStatements.get(c.id());
    if (v == null || sealed == null || c.reason().isEmpty()) {
      return c;
    }
    String ar = v.open(c.volunteer(), sealed.get(0)).orElse(PersonalDataVault.ERASED_TEXT);
    String en = v.open(c.volunteer(), sealed.get(1)).orElse(PersonalDataVault.ERASED_TEXT);
    return new BackgroundCheckCase(
        c.id(),
        c.volunteer(),
        c.state(),
        c.history(),
        c.validUntil(),
        Optional.of(new FlagReason(c.reason().get().code(), BilingualText.of(ar, en))));
  }

  private static RuleException refused(List<Violation> violations) {
    return new RuleException(violations, MESSAGES::problems);
  }

  private static RuleException refused(String code, Object... arguments) {
    return refused(List.of(Violation.of(code, arguments)));
  }

  @Override
  public synchronized void define(CredentialType type) {
    Objects.requireNonNull(type, "type");
    if (types.containsKey(type.id())) {
      throw refused("credentialType.duplicate", "type", type.id().value());
    }
    types.put(type.id(), type);
  }

  @Override
  public synchronized Optional<CredentialType> type(CredentialTypeId type) {
    return Optional.ofNullable(types.get(Objects.requireNonNull(type, "type")));
  }

  @Override
  public synchronized Credential claim(
      CredentialId id,
      VolunteerId volunteer,
      CredentialTypeId type,
      Evidence evidence,
      LocalDate issuedOn,
      Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(volunteer, "volunteer");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(at, "at");
    List<Violation> problems = new ArrayList<>();
    if (credentials.containsKey(id)) {
      problems.add(Violation.of("credential.duplicate", "credential", id.value()));
    }
    CredentialType t = types.get(Objects.requireNonNull(type, "type"));
    if (t == null) {
      problems.add(Violation.of("credentialType.unknown", "type", type.value()));
    }
    // A credential issued later than the latest calendar day anywhere at this instant is in the
    // future wherever the caller is.
    if (issuedOn.isAfter(LocalDate.ofInstant(at, ZoneOffset.MAX))) {
      problems.add(Violation.of("credential.issuedInFuture", "issuedOn", issuedOn));
    }
    if (!problems.isEmpty() || t == null) {
      throw refused(problems);
    }
    PersonalDataVault v = vault;
    String sealed = v == null ? null : v.seal(volunteer, evidence.reference());
    Credential c =
        new Credential(
            id,
            volunteer,
            t,
            sealed == null ? evidence : Evidence.of(evidence.kind(), SEALED),
            issuedOn,
            t.lastValidDay(issuedOn),
            CredentialStatus.CLAIMED,
            Optional.empty());
    credentials.put(id, c);
    if (sealed != null) {
      sealedReferences.put(id, sealed);
    }
    return shown(c);
  }

  private Credential move(
      CredentialId id, CredentialStatus next, Optional<Verification> verification) {
    Credential c = credentials.get(Objects.requireNonNull(id, "id"));
    if (c == null) {
      throw refused("credential.unknown", "credential", id.value());
    }
    if (!c.status().next().contains(next)) {
      throw refused("credential.illegalTransition", "from", c.status(), "to", next);
    }
    Credential changed = c.withStatus(next, verification);
    credentials.put(id, changed);
    return shown(changed);
  }

  @Override
  public synchronized Credential verify(CredentialId id, String verifiedBy, Instant at) {
    return move(id, CredentialStatus.VERIFIED, Optional.of(new Verification(verifiedBy, at)));
  }

  @Override
  public synchronized Credential reject(CredentialId id, Instant at) {
    Objects.requireNonNull(at, "at");
    return move(id, CredentialStatus.REJECTED, Optional.empty());
  }

  @Override
  public synchronized Credential revoke(CredentialId id, Instant at) {
    Objects.requireNonNull(at, "at");
    Credential c = credentials.get(Objects.requireNonNull(id, "id"));
    return move(id, CredentialStatus.REVOKED, c == null ? Optional.empty() : c.verification());
  }

  @Override
  public synchronized List<Credential> credentialsOf(VolunteerId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    return credentials.values().stream()
        .filter(c -> c.volunteer().equals(volunteer))
        .map(this::shown)
        .toList();
  }

  @Override
  public synchronized BackgroundCheckCase requestCheck(
      BackgroundCheckId id, VolunteerId volunteer, Instant at) {
    Objects.requireNonNull(id, "id");
    if (checks.containsKey(id)) {
      throw refused("backgroundCheck.duplicate", "check", id.value());
    }
    BackgroundCheckCase c =
        new BackgroundCheckCase(
            id,
            volunteer,
            BackgroundCheckState.REQUESTED,
            List.of(new BackgroundCheckCase.Step(BackgroundCheckState.REQUESTED, at)),
            Optional.empty(),
            Optional.empty());
    checks.put(id, c);
    return c;
  }

  private BackgroundCheckCase existing(BackgroundCheckId id) {
    BackgroundCheckCase c = checks.get(Objects.requireNonNull(id, "id"));
    if (c == null) {
      throw refused("backgroundCheck.unknown", "check", id.value());
    }
    return c;
  }

  private static RuleException illegal(BackgroundCheckCase c, BackgroundCheckState next) {
    return refused("backgroundCheck.illegalTransition", "from", c.state(), "to", next);
  }

  private BackgroundCheckCase enter(
      BackgroundCheckCase c,
      BackgroundCheckState next,
      Instant at,
      Optional<LocalDate> validUntil,
      Optional<FlagReason> reason) {
    Objects.requireNonNull(at, "at");
    List<BackgroundCheckCase.Step> history = new ArrayList<>(c.history());
    history.add(new BackgroundCheckCase.Step(next, at));
    PersonalDataVault v = vault;
    Optional<FlagReason> kept = reason;
    if (v != null && reason.isPresent()) {
      BilingualText statement = reason.get().statement();
      // Sealed before anything changes: a store that cannot be written leaves the check as it was.
      List<String> sealed =
          List.of(
              v.seal(c.volunteer(), statement.arabic()),
              v.seal(c.volunteer(), statement.english()));
      sealedStatements.put(c.id(), sealed);
      kept = Optional.of(new FlagReason(reason.get().code(), BilingualText.of(SEALED, SEALED)));
    }
    BackgroundCheckCase changed =
        new BackgroundCheckCase(c.id(), c.volunteer(), next, history, validUntil, kept);
    checks.put(c.id(), changed);
    return shown(changed);
  }

  @Override
  public synchronized BackgroundCheckCase advance(
      BackgroundCheckId id, BackgroundCheckState next, Instant at) {
    Objects.requireNonNull(next, "next");
    BackgroundCheckCase c = existing(id);
    if ((next != BackgroundCheckState.CONSENTED && next != BackgroundCheckState.IN_PROGRESS)
        || !c.state().next().contains(next)) {
      throw illegal(c, next);
    }
    return enter(c, next, at, Optional.empty(), Optional.empty());
  }

  @Override
  public synchronized BackgroundCheckCase clear(
      BackgroundCheckId id, LocalDate validUntil, Instant at) {
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(at, "at");
    BackgroundCheckCase c = existing(id);
    List<Violation> problems = new ArrayList<>();
    if (!c.state().next().contains(BackgroundCheckState.CLEARED)) {
      problems.add(
          Violation.of(
              "backgroundCheck.illegalTransition",
              "from",
              c.state(),
              "to",
              BackgroundCheckState.CLEARED));
    }
    if (validUntil.isBefore(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
      problems.add(Violation.of("backgroundCheck.validUntilPast", "validUntil", validUntil));
    }
    if (!problems.isEmpty()) {
      throw refused(problems);
    }
    return enter(c, BackgroundCheckState.CLEARED, at, Optional.of(validUntil), Optional.empty());
  }

  @Override
  public synchronized BackgroundCheckCase flag(
      BackgroundCheckId id, FlagReason reason, Instant at) {
    Objects.requireNonNull(reason, "reason");
    BackgroundCheckCase c = existing(id);
    if (!c.state().next().contains(BackgroundCheckState.FLAGGED)) {
      throw illegal(c, BackgroundCheckState.FLAGGED);
    }
    return enter(c, BackgroundCheckState.FLAGGED, at, Optional.empty(), Optional.of(reason));
  }

  @Override
  public synchronized List<BackgroundCheckCase> expireChecks(LocalDate today, Instant at) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(at, "at");
    List<BackgroundCheckCase> due = new ArrayList<>();
    for (BackgroundCheckCase c : List.copyOf(checks.values())) {
      if (c.state() == BackgroundCheckState.CLEARED
          && c.validUntil().orElseThrow().isBefore(today)) {
        due.add(enter(c, BackgroundCheckState.EXPIRED, at, c.validUntil(), Optional.empty()));
      }
    }
    return due;
  }

  @Override
  public synchronized Optional<BackgroundCheckCase> latestCheck(VolunteerId volunteer) {
    Objects.requireNonNull(volunteer, "volunteer");
    BackgroundCheckCase latest = null;
    for (BackgroundCheckCase c : checks.values()) {
      if (c.volunteer().equals(volunteer)
          && (latest == null || !c.history().get(0).at().isBefore(latest.history().get(0).at()))) {
        latest = c;
      }
    }
    return Optional.ofNullable(latest).map(this::shown);
  }

  @Override
  public synchronized String explainFlag(BackgroundCheckId id, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    BackgroundCheckCase c = existing(id);
    if (c.reason().isEmpty()) {
      throw refused("backgroundCheck.notFlagged", "check", id.value());
    }
    FlagReason reason = shown(c).reason().orElseThrow();
    Locale supported = Messages.supported(locale);
    ResourceBundle bundle = ResourceBundle.getBundle(BASE_NAME, supported);
    String date = RuleMessages.date(LocalDate.ofInstant(c.since(), ZoneOffset.UTC), bundle);
    boolean arabic = "ar".equals(supported.getLanguage());
    return bundle
        .getString("backgroundCheck.flagged.explanation")
        .replace("{date}", arabic ? "\u2068" + date + "\u2069" : date)
        .replace("{code}", arabic ? "\u2068" + reason.code() + "\u2069" : reason.code())
        .replace("{statement}", reason.statement().in(supported));
  }

  @Override
  public synchronized List<Expiring> expiringWithin(int days, LocalDate today) {
    if (days < 0 || days > 3_660) {
      throw new IllegalArgumentException("days is 0 to 3,660");
    }
    Objects.requireNonNull(today, "today");
    LocalDate last = today.plusDays(days);
    List<Expiring> out = new ArrayList<>();
    for (Credential c : credentials.values()) {
      if (c.status() == CredentialStatus.VERIFIED && c.expiresOn().isPresent()) {
        LocalDate e = c.expiresOn().get();
        if (!e.isBefore(today) && !e.isAfter(last)) {
          out.add(new Expiring(c.volunteer(), Optional.of(c.id()), Optional.empty(), e));
        }
      }
    }
    for (BackgroundCheckCase b : checks.values()) {
      if (b.state() == BackgroundCheckState.CLEARED) {
        LocalDate e = b.validUntil().orElseThrow();
        if (!e.isBefore(today) && !e.isAfter(last)) {
          out.add(new Expiring(b.volunteer(), Optional.empty(), Optional.of(b.id()), e));
        }
      }
    }
    out.sort(
        Comparator.comparing(Expiring::lastValidDay)
            .thenComparing(Expiring::volunteer)
            .thenComparing(x -> x.credential().map(CredentialId::value).orElse(""))
            .thenComparing(x -> x.backgroundCheck().map(BackgroundCheckId::value).orElse("")));
    return out;
  }
}
