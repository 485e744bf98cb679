package org.tatawwu.impl.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.tatawwu.privacy.PersonalDataVault;
import org.tatawwu.privacy.RecordClass;
import org.tatawwu.privacy.RetainedRecord;
import org.tatawwu.privacy.RetentionReport;
import org.tatawwu.privacy.RetentionTarget;
import org.tatawwu.volunteer.VolunteerId;

/** The vault's personal data as a retention target; destroying a record erases the volunteer. */
final class VaultRetentionTarget implements RetentionTarget {
  private final PersonalDataVault vault;
  private final Function<VolunteerId, Optional<Instant>> lastActivity;

  VaultRetentionTarget(
      PersonalDataVault vault, Function<VolunteerId, Optional<Instant>> lastActivity) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.lastActivity = Objects.requireNonNull(lastActivity, "lastActivity");
  }

  @Override
  public RecordClass recordClass() {
    return RecordClass.PERSONAL_DATA;
  }

  @Override
  public List<RetainedRecord> records() {
    List<RetainedRecord> out = new ArrayList<>();
    for (VolunteerId s : vault.subjects()) {
      lastActivity
          .apply(s)
          .ifPresent(t -> out.add(new RetainedRecord(RecordClass.PERSONAL_DATA, s.value(), s, t)));
    }
    out.sort(Comparator.comparing(RetainedRecord::id));
    return out;
  }

  @Override
  public List<RetentionReport.Undated> undated() {
    List<RetentionReport.Undated> out = new ArrayList<>();
    for (VolunteerId s : vault.subjects()) {
      if (lastActivity.apply(s).isEmpty()) {
        out.add(new RetentionReport.Undated(RecordClass.PERSONAL_DATA, s));
      }
    }
    out.sort(Comparator.comparing(u -> u.subject().value()));
    return out;
  }

  @Override
  public void destroy(RetainedRecord record) {
    vault.erase(record.subject());
  }
}
