package org.tatawwu.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tatawwu.geo.Region;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.organization.Accreditation;
import org.tatawwu.text.BilingualText;
import org.tatawwu.time.DateRange;

class FundLimitsTest {

  @Test
  void fund_limits_are_positive() {
    assertThat(FundPolicy.DEFAULT.maximumDisbursement())
        .isEqualTo(SarAmount.ofHalalas(100_000_000));
    assertThat(FundPolicy.DEFAULT.maximumPerBeneficiary())
        .isEqualTo(SarAmount.ofHalalas(2_000_000));
    assertThat(FundPolicy.DEFAULT.periodDays()).isEqualTo(30);
    SarAmount one = SarAmount.ofHalalas(1);
    assertThat(new FundPolicy(one, one, 1).periodDays()).isEqualTo(1);
    assertThatThrownBy(() -> new FundPolicy(SarAmount.ZERO, one, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundPolicy(one, SarAmount.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundPolicy(one, one, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundPolicy(SarAmount.ofHalalas(-1), one, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_association_serves_a_region_and_a_category_within_its_accreditation() {
    Accreditation a =
        new Accreditation(
            "A-1", DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    Association assoc =
        new Association(
            AssociationId.of("AS-1"),
            BilingualText.of("جمعية", "Association"),
            a,
            Set.of(Region.RIYADH),
            Set.of(ServiceCategory.RELIEF));
    assertThat(assoc.isAccreditedOn(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(assoc.isAccreditedOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(assoc.isAccreditedOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(assoc.isAccreditedOn(LocalDate.of(2024, 12, 31))).isFalse();
    assertThatThrownBy(
            () ->
                new Association(
                    AssociationId.of("AS-1"),
                    BilingualText.of("جمعية", "Association"),
                    a,
                    Set.of(),
                    Set.of(ServiceCategory.RELIEF)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Association(
                    AssociationId.of("AS-1"),
                    BilingualText.of("جمعية", "Association"),
                    a,
                    Set.of(Region.RIYADH),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
