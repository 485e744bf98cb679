package org.tatawwu.impl.privacy;

import java.time.Clock;
import java.util.List;
import org.tatawwu.matching.Ranker;
import org.tatawwu.privacy.Classification;
import org.tatawwu.privacy.ConsentRegister;
import org.tatawwu.privacy.Privacy;
import org.tatawwu.privacy.Purpose;
import org.tatawwu.privacy.PurposeGuard;
import org.tatawwu.privacy.PurposeId;

/** The privacy engines. Stateless, immutable and thread-safe. */
final class DefaultPrivacy implements Privacy {
  static final DefaultPrivacy INSTANCE = new DefaultPrivacy();

  private DefaultPrivacy() {}

  @Override
  public Classification classification() {
    return ModelClassification.INSTANCE;
  }

  @Override
  public ConsentRegister consentRegister(Clock clock, List<Purpose> purposes) {
    return new InMemoryConsentRegister(clock, purposes);
  }

  @Override
  public PurposeGuard purposeGuard(ConsentRegister consents) {
    return new DefaultPurposeGuard(consents, ModelClassification.INSTANCE);
  }

  @Override
  public Ranker consentAwareRanker(
      Ranker ranker, PurposeGuard guard, List<PurposeId> purposes, Clock clock) {
    return new ConsentAwareRanker(ranker, guard, purposes, clock);
  }
}
