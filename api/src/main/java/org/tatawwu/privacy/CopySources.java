package org.tatawwu.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tatawwu.certificate.HourCertificate;
import org.tatawwu.credential.BackgroundCheckCase;
import org.tatawwu.credential.Credential;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.hours.HourLedger;
import org.tatawwu.incident.Appraisal;
import org.tatawwu.opportunity.Enrollment;
import org.tatawwu.volunteer.Volunteer;

/**
 * Where {@link Privacy#copy} looks for a volunteer's data: the vault, the consent register and the
 * hour ledger, which it asks for the volunteer's records, and the records the platform keeps
 * elsewhere (profiles, enrollments, certificates, appraisals, credentials, background checks, fund
 * disbursements), which it filters to the volunteer's own. Build one with {@link #builder()}; a
 * source left out contributes nothing.
 *
 * <p>This class is immutable and thread-safe when its sources are.
 */
public final class CopySources {
  private final @Nullable PersonalDataVault vault;
  private final @Nullable ConsentRegister consents;
  private final @Nullable HourLedger hours;
  private final List<Volunteer> profiles;
  private final List<Enrollment> enrollments;
  private final List<HourCertificate> certificates;
  private final List<Appraisal> appraisals;
  private final List<Credential> credentials;
  private final List<BackgroundCheckCase> backgroundChecks;
  private final List<Disbursement> disbursements;
  private final @Nullable BeneficiaryRef beneficiary;

  private CopySources(Builder b) {
    vault = b.vault;
    consents = b.consents;
    hours = b.hours;
    profiles = List.copyOf(b.profiles);
    enrollments = List.copyOf(b.enrollments);
    certificates = List.copyOf(b.certificates);
    appraisals = List.copyOf(b.appraisals);
    credentials = List.copyOf(b.credentials);
    backgroundChecks = List.copyOf(b.backgroundChecks);
    disbursements = List.copyOf(b.disbursements);
    beneficiary = b.beneficiary;
  }

  /**
   * Returns an empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the vault.
   *
   * @return the vault, if given
   */
  public Optional<PersonalDataVault> vault() {
    return Optional.ofNullable(vault);
  }

  /**
   * Returns the consent register.
   *
   * @return the register, if given
   */
  public Optional<ConsentRegister> consents() {
    return Optional.ofNullable(consents);
  }

  /**
   * Returns the hour ledger.
   *
   * @return the ledger, if given
   */
  public Optional<HourLedger> hours() {
    return Optional.ofNullable(hours);
  }

  /**
   * Returns the profiles to look in.
   *
   * @return the profiles
   */
  public List<Volunteer> profiles() {
    return profiles;
  }

  /**
   * Returns the enrollments to look in.
   *
   * @return the enrollments
   */
  public List<Enrollment> enrollments() {
    return enrollments;
  }

  /**
   * Returns the certificates to look in.
   *
   * @return the certificates
   */
  public List<HourCertificate> certificates() {
    return certificates;
  }

  /**
   * Returns the appraisals to look in.
   *
   * @return the appraisals
   */
  public List<Appraisal> appraisals() {
    return appraisals;
  }

  /**
   * Returns the credentials to look in.
   *
   * @return the credentials
   */
  public List<Credential> credentials() {
    return credentials;
  }

  /**
   * Returns the background checks to look in.
   *
   * @return the background checks
   */
  public List<BackgroundCheckCase> backgroundChecks() {
    return backgroundChecks;
  }

  /**
   * Returns the fund disbursements to look in.
   *
   * @return the disbursements
   */
  public List<Disbursement> disbursements() {
    return disbursements;
  }

  /**
   * Returns the reference under which the volunteer is a Community Fund beneficiary.
   *
   * @return the reference, if the volunteer is one
   */
  public Optional<BeneficiaryRef> beneficiary() {
    return Optional.ofNullable(beneficiary);
  }

  @Override
  public String toString() {
    return "CopySources[profiles="
        + profiles.size()
        + ", enrollments="
        + enrollments.size()
        + ", certificates="
        + certificates.size()
        + "]";
  }

  /** Builds {@link CopySources}. Not thread-safe. */
  public static final class Builder {
    private @Nullable PersonalDataVault vault;
    private @Nullable ConsentRegister consents;
    private @Nullable HourLedger hours;
    private final List<Volunteer> profiles = new ArrayList<>();
    private final List<Enrollment> enrollments = new ArrayList<>();
    private final List<HourCertificate> certificates = new ArrayList<>();
    private final List<Appraisal> appraisals = new ArrayList<>();
    private final List<Credential> credentials = new ArrayList<>();
    private final List<BackgroundCheckCase> backgroundChecks = new ArrayList<>();
    private final List<Disbursement> disbursements = new ArrayList<>();
    private @Nullable BeneficiaryRef beneficiary;

    private Builder() {}

    /**
     * Sets the vault.
     *
     * @param vault the vault, not null
     * @return this builder
     */
    public Builder vault(PersonalDataVault vault) {
      this.vault = Objects.requireNonNull(vault, "vault");
      return this;
    }

    /**
     * Sets the consent register.
     *
     * @param consents the register, not null
     * @return this builder
     */
    public Builder consents(ConsentRegister consents) {
      this.consents = Objects.requireNonNull(consents, "consents");
      return this;
    }

    /**
     * Sets the hour ledger.
     *
     * @param hours the ledger, not null
     * @return this builder
     */
    public Builder hours(HourLedger hours) {
      this.hours = Objects.requireNonNull(hours, "hours");
      return this;
    }

    /**
     * Adds profiles to look in.
     *
     * @param profiles the profiles, not null
     * @return this builder
     */
    public Builder profiles(List<Volunteer> profiles) {
      this.profiles.addAll(profiles);
      return this;
    }

    /**
     * Adds enrollments to look in.
     *
     * @param enrollments the enrollments, not null
     * @return this builder
     */
    public Builder enrollments(List<Enrollment> enrollments) {
      this.enrollments.addAll(enrollments);
      return this;
    }

    /**
     * Adds certificates to look in.
     *
     * @param certificates the certificates, not null
     * @return this builder
     */
    public Builder certificates(List<HourCertificate> certificates) {
      this.certificates.addAll(certificates);
      return this;
    }

    /**
     * Adds appraisals to look in.
     *
     * @param appraisals the appraisals, not null
     * @return this builder
     */
    public Builder appraisals(List<Appraisal> appraisals) {
      this.appraisals.addAll(appraisals);
      return this;
    }

    /**
     * Adds credentials to look in.
     *
     * @param credentials the credentials, not null
     * @return this builder
     */
    public Builder credentials(List<Credential> credentials) {
      this.credentials.addAll(credentials);
      return this;
    }

    /**
     * Adds background checks to look in.
     *
     * @param backgroundChecks the background checks, not null
     * @return this builder
     */
    public Builder backgroundChecks(List<BackgroundCheckCase> backgroundChecks) {
      this.backgroundChecks.addAll(backgroundChecks);
      return this;
    }

    /**
     * Adds Community Fund disbursements to look in, and the reference under which the volunteer is
     * a beneficiary.
     *
     * @param beneficiary the volunteer's beneficiary reference, not null
     * @param disbursements the disbursements, not null
     * @return this builder
     */
    public Builder fund(BeneficiaryRef beneficiary, List<Disbursement> disbursements) {
      this.beneficiary = Objects.requireNonNull(beneficiary, "beneficiary");
      this.disbursements.addAll(disbursements);
      return this;
    }

    /**
     * Builds the sources.
     *
     * @return the sources
     */
    public CopySources build() {
      return new CopySources(this);
    }
  }
}
