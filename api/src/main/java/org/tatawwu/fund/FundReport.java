package org.tatawwu.fund;

import java.util.Map;
import org.tatawwu.geo.Region;
import org.tatawwu.impact.SarAmount;

/**
 * What a fund raised and disbursed over a range of days.
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
    SarAmount donated,
    SarAmount refunded,
    SarAmount disbursed,
    Map<ServiceCategory, SarAmount> byCategory,
    Map<Region, SarAmount> byRegion,
    Map<AssociationId, SarAmount> byAssociation,
    Map<String, SarAmount> raisedByPeriod,
    Map<String, SarAmount> disbursedByPeriod,
    long beneficiariesReached,
    long volunteersInvolved) {}
