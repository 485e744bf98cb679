package org.tatawwu.fund;

import java.util.Map;
import org.tatawwu.geo.Region;

/**
 * What a fund raised and disbursed over a range of days. Every amount is a {@link SarTotal}, exact
 * beyond the range of a {@code long} of halalas: money that passed through a fund over time may add
 * up to more than any balance it ever held. The maps are the ones the ledger built, read-only.
 *
 * @param donated donations in
 * @param refunded refunds out
 * @param disbursed disbursements out
 * @param byCategory disbursed by service category
 * @param byRegion disbursed by region
 * @param byAssociation disbursed by association
 * @param raisedByPeriod donations less refunds, by period label
 * @param disbursedByPeriod disbursed, by period label
 * @param beneficiariesReached distinct beneficiaries who received aid
 * @param volunteersInvolved volunteers who delivered the disbursements (summed)
 */
public record FundReport(
    SarTotal donated,
    SarTotal refunded,
    SarTotal disbursed,
    Map<ServiceCategory, SarTotal> byCategory,
    Map<Region, SarTotal> byRegion,
    Map<AssociationId, SarTotal> byAssociation,
    Map<String, SarTotal> raisedByPeriod,
    Map<String, SarTotal> disbursedByPeriod,
    long beneficiariesReached,
    long volunteersInvolved) {}
