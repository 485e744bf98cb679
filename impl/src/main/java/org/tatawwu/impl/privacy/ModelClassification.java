package org.tatawwu.impl.privacy;

import static org.tatawwu.privacy.DataCategory.ACTIVITY;
import static org.tatawwu.privacy.DataCategory.APPRAISAL;
import static org.tatawwu.privacy.DataCategory.CONSENT;
import static org.tatawwu.privacy.DataCategory.CONTACT;
import static org.tatawwu.privacy.DataCategory.CRIMINAL_RECORD;
import static org.tatawwu.privacy.DataCategory.DEMOGRAPHIC;
import static org.tatawwu.privacy.DataCategory.FINANCIAL;
import static org.tatawwu.privacy.DataCategory.FREE_TEXT;
import static org.tatawwu.privacy.DataCategory.GUARDIAN;
import static org.tatawwu.privacy.DataCategory.IDENTIFIER;
import static org.tatawwu.privacy.DataCategory.LOCATION;
import static org.tatawwu.privacy.DataCategory.NAME;
import static org.tatawwu.privacy.DataCategory.NOT_PERSONAL;
import static org.tatawwu.privacy.DataCategory.PROFILE;
import static org.tatawwu.privacy.DataCategory.RESIDENCE;
import static org.tatawwu.privacy.DataCategory.STAFF_REFERENCE;
import static org.tatawwu.privacy.DataCategory.SUBJECT_REFERENCE;
import static org.tatawwu.privacy.DataCategory.VALUE_PART;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tatawwu.privacy.Classification;
import org.tatawwu.privacy.DataCategory;
import org.tatawwu.privacy.ModelComponent;
import org.tatawwu.validation.InvalidValueException;

/**
 * The library's classification: every component of every public record of the API, with its
 * category, written out here and nowhere else. {@code ModelClassificationTest} reflects over the
 * API's records and fails when one gains a component this table does not classify.
 *
 * <p>Reading rules: a value type's own components are {@link DataCategory#VALUE_PART} (the value
 * takes the category of the component holding it: {@code Volunteer.location} is {@link
 * DataCategory#LOCATION}, while {@code GeoPoint.latitude} is a value part); a component is
 * classified by what it says about a person in the worst case (an hour entry's note is {@link
 * DataCategory#FREE_TEXT}, a background check's state {@link DataCategory#CRIMINAL_RECORD}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ModelClassification implements Classification {
  /** The one instance. */
  static final ModelClassification INSTANCE = new ModelClassification();

  private final Map<ModelComponent, DataCategory> entries;

  private ModelClassification() {
    Map<ModelComponent, DataCategory> b = new LinkedHashMap<>();
    model(b, org.tatawwu.certificate.HourCertificate.class)
        .put("serial", ACTIVITY)
        .put("issuer", NOT_PERSONAL)
        .put("issuedAt", ACTIVITY)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("holder", NAME)
        .put("period", ACTIVITY)
        .put("approvedMinutes", ACTIVITY)
        .put("participations", ACTIVITY)
        .put("entities", ACTIVITY)
        .put("typesOfWork", ACTIVITY)
        .put("experience", ACTIVITY);
    model(b, org.tatawwu.credential.BackgroundCheckCase.class)
        .put("id", CRIMINAL_RECORD)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("state", CRIMINAL_RECORD)
        .put("history", CRIMINAL_RECORD)
        .put("validUntil", CRIMINAL_RECORD)
        .put("reason", CRIMINAL_RECORD);
    model(b, org.tatawwu.credential.BackgroundCheckCase.Step.class)
        .put("state", VALUE_PART)
        .put("at", VALUE_PART);
    model(b, org.tatawwu.credential.BackgroundCheckId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.credential.Credential.class)
        .put("id", PROFILE)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("type", PROFILE)
        .put("evidence", PROFILE)
        .put("issuedOn", PROFILE)
        .put("expiresOn", PROFILE)
        .put("status", PROFILE)
        .put("verification", PROFILE);
    model(b, org.tatawwu.credential.CredentialDemand.class)
        .put("types", NOT_PERSONAL)
        .put("minimumLevel", NOT_PERSONAL);
    model(b, org.tatawwu.credential.CredentialId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.credential.CredentialType.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("issuer", NOT_PERSONAL)
        .put("validity", NOT_PERSONAL)
        .put("level", NOT_PERSONAL);
    model(b, org.tatawwu.credential.CredentialTypeId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.credential.Evidence.class)
        .put("kind", VALUE_PART)
        .put("reference", VALUE_PART);
    model(b, org.tatawwu.credential.Expiring.class)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("credential", PROFILE)
        .put("backgroundCheck", CRIMINAL_RECORD)
        .put("lastValidDay", PROFILE);
    model(b, org.tatawwu.credential.FlagReason.class)
        .put("code", VALUE_PART)
        .put("statement", VALUE_PART);
    model(b, org.tatawwu.credential.Verification.class)
        .put("verifiedBy", STAFF_REFERENCE)
        .put("at", VALUE_PART);
    model(b, org.tatawwu.eligibility.CriterionSpec.class)
        .put("type", NOT_PERSONAL)
        .put("parameters", NOT_PERSONAL);
    model(b, org.tatawwu.eligibility.EligibilityPolicy.class)
        .put("id", NOT_PERSONAL)
        .put("version", NOT_PERSONAL)
        .put("criteria", NOT_PERSONAL);
    model(b, org.tatawwu.eligibility.Explanation.class)
        .put("code", VALUE_PART)
        .put("message", VALUE_PART)
        .put("remedy", VALUE_PART);
    model(b, org.tatawwu.eligibility.Unmet.class)
        .put("code", VALUE_PART)
        .put("arguments", VALUE_PART);
    model(b, org.tatawwu.eligibility.Verdict.class).put("unmet", PROFILE);
    model(b, org.tatawwu.field.Field.class)
        .put("code", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("subFields", NOT_PERSONAL);
    model(b, org.tatawwu.field.FieldCode.class).put("value", VALUE_PART);
    model(b, org.tatawwu.fund.Association.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("accreditation", NOT_PERSONAL)
        .put("regions", NOT_PERSONAL)
        .put("categories", NOT_PERSONAL);
    model(b, org.tatawwu.fund.AssociationId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.fund.BeneficiaryRef.class).put("value", VALUE_PART);
    model(b, org.tatawwu.fund.Disbursement.class)
        .put("key", NOT_PERSONAL)
        .put("fund", NOT_PERSONAL)
        .put("association", NOT_PERSONAL)
        .put("category", NOT_PERSONAL)
        .put("region", NOT_PERSONAL)
        .put("amount", FINANCIAL)
        .put("date", FINANCIAL)
        .put("beneficiary", SUBJECT_REFERENCE)
        .put("verification", FINANCIAL)
        .put("volunteersInvolved", NOT_PERSONAL)
        .put("recordedBy", STAFF_REFERENCE);
    model(b, org.tatawwu.fund.Donation.class)
        .put("key", NOT_PERSONAL)
        .put("fund", NOT_PERSONAL)
        .put("donor", SUBJECT_REFERENCE)
        .put("donorType", NOT_PERSONAL)
        .put("channel", NOT_PERSONAL)
        .put("amount", FINANCIAL)
        .put("recordedBy", STAFF_REFERENCE);
    model(b, org.tatawwu.fund.DonorId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.fund.FundId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.fund.FundPolicy.class)
        .put("maximumDisbursement", NOT_PERSONAL)
        .put("maximumPerBeneficiary", NOT_PERSONAL)
        .put("periodDays", NOT_PERSONAL);
    model(b, org.tatawwu.fund.FundReport.class)
        .put("donated", NOT_PERSONAL)
        .put("refunded", NOT_PERSONAL)
        .put("disbursed", NOT_PERSONAL)
        .put("byCategory", NOT_PERSONAL)
        .put("byRegion", NOT_PERSONAL)
        .put("byAssociation", NOT_PERSONAL)
        .put("raisedByPeriod", NOT_PERSONAL)
        .put("disbursedByPeriod", NOT_PERSONAL)
        .put("beneficiariesReached", NOT_PERSONAL)
        .put("volunteersInvolved", NOT_PERSONAL);
    model(b, org.tatawwu.fund.JournalEntry.class)
        .put("sequence", NOT_PERSONAL)
        .put("at", NOT_PERSONAL)
        .put("day", NOT_PERSONAL)
        .put("operation", FINANCIAL)
        .put("balanceAfter", NOT_PERSONAL);
    model(b, org.tatawwu.fund.NeedVerification.class)
        .put("verifiedBy", STAFF_REFERENCE)
        .put("verifiedAt", VALUE_PART)
        .put("evidence", FINANCIAL);
    model(b, org.tatawwu.fund.Refund.class)
        .put("key", NOT_PERSONAL)
        .put("fund", NOT_PERSONAL)
        .put("donation", NOT_PERSONAL)
        .put("amount", FINANCIAL)
        .put("reason", FREE_TEXT)
        .put("recordedBy", STAFF_REFERENCE);
    model(b, org.tatawwu.fund.SarTotal.class).put("halalas", VALUE_PART);
    model(b, org.tatawwu.geo.City.class).put("name", VALUE_PART).put("region", VALUE_PART);
    model(b, org.tatawwu.geo.GeoPoint.class)
        .put("latitude", VALUE_PART)
        .put("longitude", VALUE_PART);
    model(b, org.tatawwu.hours.AuditRecord.class)
        .put("sequence", NOT_PERSONAL)
        .put("at", ACTIVITY)
        .put("actor", STAFF_REFERENCE)
        .put("action", ACTIVITY)
        .put("entry", ACTIVITY)
        .put("note", FREE_TEXT);
    model(b, org.tatawwu.hours.HourEntry.class)
        .put("id", ACTIVITY)
        .put("key", NOT_PERSONAL)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("opportunity", ACTIVITY)
        .put("entity", ACTIVITY)
        .put("supervisingEntity", ACTIVITY)
        .put("field", ACTIVITY)
        .put("region", ACTIVITY)
        .put("day", ACTIVITY)
        .put("time", ACTIVITY)
        .put("creditedMinutes", ACTIVITY)
        .put("source", ACTIVITY)
        .put("compulsory", ACTIVITY)
        .put("status", ACTIVITY)
        .put("submittedAt", ACTIVITY)
        .put("submittedBy", STAFF_REFERENCE)
        .put("corrects", ACTIVITY)
        .put("supersededBy", ACTIVITY)
        .put("decidedBy", STAFF_REFERENCE)
        .put("decidedAt", ACTIVITY)
        .put("note", FREE_TEXT)
        .put("shift", ACTIVITY)
        .put("review", ACTIVITY)
        .put("evidence", ACTIVITY);
    model(b, org.tatawwu.hours.HourEvent.class)
        .put("sequence", NOT_PERSONAL)
        .put("at", ACTIVITY)
        .put("actor", STAFF_REFERENCE)
        .put("type", ACTIVITY)
        .put("entry", ACTIVITY)
        .put("note", FREE_TEXT);
    model(b, org.tatawwu.hours.HourPolicy.class)
        .put("minimumEntry", NOT_PERSONAL)
        .put("maximumEntry", NOT_PERSONAL)
        .put("dailyCap", NOT_PERSONAL)
        .put("roundingIncrement", NOT_PERSONAL)
        .put("claimWindow", NOT_PERSONAL)
        .put("clockSkew", NOT_PERSONAL)
        .put("checkOutWithin", NOT_PERSONAL)
        .put("verification", NOT_PERSONAL);
    model(b, org.tatawwu.hours.HourVerification.class)
        .put("modes", NOT_PERSONAL)
        .put("earlyCheckIn", NOT_PERSONAL)
        .put("lateCheckOut", NOT_PERSONAL)
        .put("overbookingAllowed", NOT_PERSONAL)
        .put("minimumEvidence", NOT_PERSONAL)
        .put("placeRadiusMeters", NOT_PERSONAL)
        .put("maximumAccuracyMeters", NOT_PERSONAL);
    // A check-in code names its volunteer; a reported location is where a person stood.
    model(b, org.tatawwu.hours.CheckInCode.class)
        .put("id", ACTIVITY)
        .put("opportunity", ACTIVITY)
        .put("shift", ACTIVITY)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("notBefore", ACTIVITY)
        .put("notAfter", ACTIVITY);
    model(b, org.tatawwu.hours.Evidence.Code.class).put("token", SUBJECT_REFERENCE);
    model(b, org.tatawwu.hours.Evidence.Location.class)
        .put("point", LOCATION)
        .put("accuracyMeters", LOCATION);
    model(b, org.tatawwu.hours.HourEvidence.class)
        .put("checkInCode", ACTIVITY)
        .put("locationVerified", ACTIVITY)
        .put("autoCheckOut", ACTIVITY);
    model(b, org.tatawwu.hours.HourSubmission.class)
        .put("shift", ACTIVITY)
        .put("evidence", LOCATION)
        .put("key", NOT_PERSONAL)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("opportunity", ACTIVITY)
        .put("time", ACTIVITY)
        .put("source", ACTIVITY)
        .put("compulsory", ACTIVITY)
        .put("submittedBy", STAFF_REFERENCE);
    model(b, org.tatawwu.hours.HourTotals.class)
        .put("approvedMinutes", ACTIVITY)
        .put("compulsoryMinutes", ACTIVITY)
        .put("pendingMinutes", ACTIVITY)
        .put("approvedEntries", ACTIVITY);
    model(b, org.tatawwu.hours.IdempotencyKey.class).put("value", VALUE_PART);
    // A totals key's value is a volunteer's id when the dimension is VOLUNTEER.
    model(b, org.tatawwu.hours.TotalsKey.class)
        .put("dimension", NOT_PERSONAL)
        .put("value", SUBJECT_REFERENCE)
        .put("period", NOT_PERSONAL);
    model(b, org.tatawwu.impact.HourlyRate.class)
        .put("field", NOT_PERSONAL)
        .put("validFrom", NOT_PERSONAL)
        .put("perHour", NOT_PERSONAL);
    model(b, org.tatawwu.impact.NationalTargets.class)
        .put("volunteers", NOT_PERSONAL)
        .put("hoursPerYear", NOT_PERSONAL)
        .put("by", NOT_PERSONAL);
    model(b, org.tatawwu.impact.NationalTargets.Progress.class)
        .put("achieved", NOT_PERSONAL)
        .put("target", NOT_PERSONAL)
        .put("percent", NOT_PERSONAL);
    model(b, org.tatawwu.impact.NationalTargets.Projection.class)
        .put("projectedHours", NOT_PERSONAL)
        .put("yearlyIncrease", NOT_PERSONAL)
        .put("onTrack", NOT_PERSONAL);
    model(b, org.tatawwu.impact.SarAmount.class).put("halalas", VALUE_PART);
    model(b, org.tatawwu.impact.VolunteerPolicies.ActiveVolunteerRule.class)
        .put("minimumHoursPerMonth", NOT_PERSONAL)
        .put("lookBackMonths", NOT_PERSONAL)
        .put("ignoreRecentMonths", NOT_PERSONAL);
    model(b, org.tatawwu.impact.VolunteerPolicies.Milestones.class).put("hours", NOT_PERSONAL);
    model(b, org.tatawwu.impact.VolunteerPolicies.SchoolRequirement.class)
        .put("hours", NOT_PERSONAL);
    model(b, org.tatawwu.incident.ActivationSettings.class)
        .put("overbookingPercent", NOT_PERSONAL)
        .put("answerWindow", NOT_PERSONAL)
        .put("mode", NOT_PERSONAL)
        .put("rotation", NOT_PERSONAL);
    model(b, org.tatawwu.incident.Appraisal.class)
        .put("need", ACTIVITY)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("direction", APPRAISAL)
        .put("rating", APPRAISAL)
        .put("comment", APPRAISAL)
        .put("at", APPRAISAL);
    model(b, org.tatawwu.incident.Incident.class)
        .put("id", NOT_PERSONAL)
        .put("type", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("regions", NOT_PERSONAL)
        .put("period", NOT_PERSONAL)
        .put("lead", NOT_PERSONAL)
        .put("supervisor", NOT_PERSONAL)
        .put("status", NOT_PERSONAL);
    model(b, org.tatawwu.incident.IncidentId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.incident.IncidentReport.class)
        .put("incident", NOT_PERSONAL)
        .put("at", NOT_PERSONAL)
        .put("needsMet", NOT_PERSONAL)
        .put("responses", NOT_PERSONAL)
        .put("offers", NOT_PERSONAL)
        .put("minutesByRole", NOT_PERSONAL)
        .put("minutesByRegion", NOT_PERSONAL)
        .put("appraisals", NOT_PERSONAL);
    model(b, org.tatawwu.incident.IncidentReport.NeedsMet.class)
        .put("at", NOT_PERSONAL)
        .put("seats", NOT_PERSONAL)
        .put("filled", NOT_PERSONAL);
    model(b, org.tatawwu.incident.IncidentReport.Ratings.class)
        .put("count", NOT_PERSONAL)
        .put("sum", NOT_PERSONAL);
    model(b, org.tatawwu.incident.IncidentReport.Responses.class)
        .put("answered", NOT_PERSONAL)
        .put("median", NOT_PERSONAL)
        .put("p90", NOT_PERSONAL)
        .put("unanswered", NOT_PERSONAL);
    model(b, org.tatawwu.incident.Need.class)
        .put("id", NOT_PERSONAL)
        .put("role", NOT_PERSONAL)
        .put("opportunity", NOT_PERSONAL)
        .put("entity", NOT_PERSONAL);
    model(b, org.tatawwu.incident.NeedId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.incident.Offer.class)
        .put("id", ACTIVITY)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("slot", ACTIVITY)
        .put("wave", ACTIVITY)
        .put("sentAt", ACTIVITY)
        .put("dueAt", ACTIVITY)
        .put("status", ACTIVITY)
        .put("decidedAt", ACTIVITY);
    model(b, org.tatawwu.incident.OfferId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.incident.Role.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("requirements", NOT_PERSONAL)
        .put("credentials", NOT_PERSONAL)
        .put("team", NOT_PERSONAL)
        .put("openToSpontaneous", NOT_PERSONAL);
    model(b, org.tatawwu.incident.RoleId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.incident.RotationRules.class)
        .put("maxConsecutiveDays", NOT_PERSONAL)
        .put("minRest", NOT_PERSONAL)
        .put("maxPerWeek", NOT_PERSONAL)
        .put("zone", NOT_PERSONAL);
    model(b, org.tatawwu.incident.Slot.class).put("need", VALUE_PART).put("shift", VALUE_PART);
    model(b, org.tatawwu.incident.SpontaneousIntake.class)
        .put("nationalId", IDENTIFIER)
        .put("nationality", DEMOGRAPHIC)
        .put("name", NAME)
        .put("mobile", CONTACT)
        .put("birthDate", DEMOGRAPHIC)
        .put("gender", DEMOGRAPHIC)
        .put("region", RESIDENCE);
    model(b, org.tatawwu.incident.Team.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("lead", SUBJECT_REFERENCE)
        .put("members", SUBJECT_REFERENCE);
    model(b, org.tatawwu.incident.TeamHours.class)
        .put("team", NOT_PERSONAL)
        .put("teamMinutes", NOT_PERSONAL)
        .put("memberMinutes", ACTIVITY);
    model(b, org.tatawwu.incident.TeamId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.incident.TeamShape.class)
        .put("size", NOT_PERSONAL)
        .put("leadRequired", NOT_PERSONAL);
    model(b, org.tatawwu.incident.Wave.class)
        .put("number", NOT_PERSONAL)
        .put("plannedAt", NOT_PERSONAL)
        .put("offers", ACTIVITY)
        .put("openSeats", NOT_PERSONAL);
    model(b, org.tatawwu.matching.Match.class)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("offer", NOT_PERSONAL)
        .put("score", PROFILE);
    model(b, org.tatawwu.matching.MatchScore.class)
        .put("total", VALUE_PART)
        .put("components", VALUE_PART);
    model(b, org.tatawwu.matching.MatchWeights.class)
        .put("fieldInterest", NOT_PERSONAL)
        .put("skills", NOT_PERSONAL)
        .put("distance", NOT_PERSONAL)
        .put("remote", NOT_PERSONAL)
        .put("availability", NOT_PERSONAL)
        .put("languages", NOT_PERSONAL)
        .put("experience", NOT_PERSONAL)
        .put("fairness", NOT_PERSONAL);
    model(b, org.tatawwu.opportunity.Enrollment.class)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("opportunity", ACTIVITY)
        .put("shift", ACTIVITY)
        .put("status", ACTIVITY)
        .put("since", ACTIVITY);
    model(b, org.tatawwu.opportunity.Location.OnSite.class)
        .put("city", VALUE_PART)
        .put("point", VALUE_PART);
    model(b, org.tatawwu.opportunity.Opportunity.class)
        .put("number", NOT_PERSONAL)
        .put("title", NOT_PERSONAL)
        .put("description", NOT_PERSONAL)
        .put("entity", NOT_PERSONAL)
        .put("field", NOT_PERSONAL)
        .put("subField", NOT_PERSONAL)
        .put("location", NOT_PERSONAL)
        .put("period", NOT_PERSONAL)
        .put("zone", NOT_PERSONAL)
        .put("shifts", NOT_PERSONAL)
        .put("expectedHours", NOT_PERSONAL)
        .put("requirements", NOT_PERSONAL)
        .put("skillsBased", NOT_PERSONAL)
        .put("nonProfitWork", NOT_PERSONAL)
        .put("status", NOT_PERSONAL);
    model(b, org.tatawwu.opportunity.OpportunityDraft.class)
        .put("number", NOT_PERSONAL)
        .put("titleArabic", NOT_PERSONAL)
        .put("titleEnglish", NOT_PERSONAL)
        .put("descriptionArabic", NOT_PERSONAL)
        .put("descriptionEnglish", NOT_PERSONAL)
        .put("entityId", NOT_PERSONAL)
        .put("entityType", NOT_PERSONAL)
        .put("nonProfitWork", NOT_PERSONAL)
        .put("field", NOT_PERSONAL)
        .put("subField", NOT_PERSONAL)
        .put("remote", NOT_PERSONAL)
        .put("region", NOT_PERSONAL)
        .put("cityArabic", NOT_PERSONAL)
        .put("cityEnglish", NOT_PERSONAL)
        .put("latitude", NOT_PERSONAL)
        .put("longitude", NOT_PERSONAL)
        .put("firstDay", NOT_PERSONAL)
        .put("lastDay", NOT_PERSONAL)
        .put("zone", NOT_PERSONAL)
        .put("shifts", NOT_PERSONAL)
        .put("expectedHours", NOT_PERSONAL)
        .put("minimumAge", NOT_PERSONAL)
        .put("minorsAllowed", NOT_PERSONAL)
        .put("skillsBased", NOT_PERSONAL);
    model(b, org.tatawwu.opportunity.OpportunityNumber.class).put("value", VALUE_PART);
    model(b, org.tatawwu.opportunity.Requirements.class)
        .put("minimumAge", NOT_PERSONAL)
        .put("minorsAllowed", NOT_PERSONAL)
        .put("gender", NOT_PERSONAL)
        .put("residency", NOT_PERSONAL)
        .put("languages", NOT_PERSONAL)
        .put("skills", NOT_PERSONAL)
        .put("trainings", NOT_PERSONAL)
        .put("backgroundCheck", NOT_PERSONAL);
    model(b, org.tatawwu.opportunity.Shift.class)
        .put("id", NOT_PERSONAL)
        .put("time", NOT_PERSONAL)
        .put("capacity", NOT_PERSONAL);
    model(b, org.tatawwu.opportunity.ShiftDraft.class)
        .put("id", NOT_PERSONAL)
        .put("start", NOT_PERSONAL)
        .put("end", NOT_PERSONAL)
        .put("capacity", NOT_PERSONAL);
    model(b, org.tatawwu.opportunity.ShiftId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.opportunity.ShiftRoster.class)
        .put("capacity", NOT_PERSONAL)
        .put("waitlistLimit", NOT_PERSONAL)
        .put("accepted", SUBJECT_REFERENCE)
        .put("waitlist", SUBJECT_REFERENCE);
    model(b, org.tatawwu.organization.Accreditation.class)
        .put("reference", NOT_PERSONAL)
        .put("validity", NOT_PERSONAL);
    model(b, org.tatawwu.organization.EntityId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.organization.ParticipatingEntity.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("type", NOT_PERSONAL)
        .put("licenceNumber", NOT_PERSONAL)
        .put("supervisingEntity", NOT_PERSONAL)
        .put("region", NOT_PERSONAL)
        .put("accreditation", NOT_PERSONAL);
    model(b, org.tatawwu.organization.SupervisingEntity.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL);
    model(b, org.tatawwu.privacy.ConsentRecord.class)
        .put("subject", SUBJECT_REFERENCE)
        .put("purpose", CONSENT)
        .put("notice", CONSENT)
        .put("by", CONSENT)
        .put("action", CONSENT)
        .put("at", CONSENT);
    model(b, org.tatawwu.privacy.ModelComponent.class)
        .put("model", NOT_PERSONAL)
        .put("component", NOT_PERSONAL);
    model(b, org.tatawwu.privacy.NoticeVersion.class).put("value", VALUE_PART);
    model(b, org.tatawwu.privacy.Purpose.class)
        .put("id", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("basis", NOT_PERSONAL)
        .put("categories", NOT_PERSONAL);
    model(b, org.tatawwu.privacy.PurposeId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.privacy.Refusal.class)
        .put("component", NOT_PERSONAL)
        .put("category", NOT_PERSONAL)
        .put("reason", CONSENT)
        .put("purpose", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.Award.class)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("ruleId", ACTIVITY)
        .put("policyVersion", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.AwardChange.class)
        .put("type", ACTIVITY)
        .put("award", ACTIVITY);
    model(b, org.tatawwu.recognition.Criterion.CumulativeHours.class).put("minutes", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.Criterion.HoursInField.class)
        .put("field", NOT_PERSONAL)
        .put("minutes", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.Criterion.IncidentsServed.class)
        .put("incidents", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.Criterion.YearsOfService.class).put("years", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.LedgerOperation.Approve.class).put("service", ACTIVITY);
    model(b, org.tatawwu.recognition.LedgerOperation.Correct.class)
        .put("superseded", ACTIVITY)
        .put("correction", ACTIVITY);
    model(b, org.tatawwu.recognition.RecognitionPolicy.class)
        .put("id", NOT_PERSONAL)
        .put("version", NOT_PERSONAL)
        .put("rules", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.RecognitionRule.class)
        .put("id", NOT_PERSONAL)
        .put("kind", NOT_PERSONAL)
        .put("criterion", NOT_PERSONAL)
        .put("name", NOT_PERSONAL)
        .put("description", NOT_PERSONAL);
    model(b, org.tatawwu.recognition.ServiceRecord.class)
        .put("entry", ACTIVITY)
        .put("volunteer", SUBJECT_REFERENCE)
        .put("field", ACTIVITY)
        .put("day", ACTIVITY)
        .put("minutes", ACTIVITY)
        .put("incident", ACTIVITY)
        .put("firstResponse", ACTIVITY);
    model(b, org.tatawwu.text.BilingualText.class)
        .put("arabic", VALUE_PART)
        .put("english", VALUE_PART);
    model(b, org.tatawwu.time.DateRange.class).put("first", VALUE_PART).put("last", VALUE_PART);
    model(b, org.tatawwu.time.HijriDate.class)
        .put("year", VALUE_PART)
        .put("month", VALUE_PART)
        .put("day", VALUE_PART);
    model(b, org.tatawwu.time.TimeRange.class).put("start", VALUE_PART).put("end", VALUE_PART);
    model(b, org.tatawwu.training.StaffTrainingRecord.class)
        .put("entity", NOT_PERSONAL)
        .put("staffReference", STAFF_REFERENCE)
        .put("completion", PROFILE);
    model(b, org.tatawwu.training.TrainingCompletion.class)
        .put("training", VALUE_PART)
        .put("completedOn", VALUE_PART)
        .put("expiresOn", VALUE_PART);
    model(b, org.tatawwu.training.TrainingId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.training.TrainingProgramme.class)
        .put("id", NOT_PERSONAL)
        .put("title", NOT_PERSONAL)
        .put("audience", NOT_PERSONAL)
        .put("validity", NOT_PERSONAL);
    model(b, org.tatawwu.validation.Problem.class)
        .put("path", NOT_PERSONAL)
        .put("code", NOT_PERSONAL)
        .put("message", NOT_PERSONAL);
    model(b, org.tatawwu.validation.Violation.class)
        .put("code", NOT_PERSONAL)
        .put("arguments", NOT_PERSONAL);
    model(b, org.tatawwu.volunteer.Availability.class)
        .put("zone", VALUE_PART)
        .put("weekly", VALUE_PART)
        .put("periods", VALUE_PART);
    model(b, org.tatawwu.volunteer.BackgroundCheck.class)
        .put("status", VALUE_PART)
        .put("validUntil", VALUE_PART);
    model(b, org.tatawwu.volunteer.GuardianConsent.class)
        .put("guardianId", GUARDIAN)
        .put("recordedAt", VALUE_PART)
        .put("charterSigned", VALUE_PART)
        .put("validUntil", VALUE_PART);
    model(b, org.tatawwu.volunteer.LanguageCode.class).put("code", VALUE_PART);
    model(b, org.tatawwu.volunteer.Nationality.class).put("code", VALUE_PART);
    model(b, org.tatawwu.volunteer.SkillCode.class).put("value", VALUE_PART);
    model(b, org.tatawwu.volunteer.Volunteer.class)
        .put("id", SUBJECT_REFERENCE)
        .put("nationalId", IDENTIFIER)
        .put("name", NAME)
        .put("mobile", CONTACT)
        .put("email", CONTACT)
        .put("birthDate", DEMOGRAPHIC)
        .put("gender", DEMOGRAPHIC)
        .put("nationality", DEMOGRAPHIC)
        .put("region", RESIDENCE)
        .put("city", RESIDENCE)
        .put("location", LOCATION)
        .put("skills", PROFILE)
        .put("fieldsOfInterest", PROFILE)
        .put("languages", PROFILE)
        .put("availability", PROFILE)
        .put("trainings", PROFILE)
        .put("guardianConsent", GUARDIAN)
        .put("backgroundCheck", CRIMINAL_RECORD)
        .put("status", PROFILE);
    model(b, org.tatawwu.volunteer.VolunteerId.class).put("value", VALUE_PART);
    model(b, org.tatawwu.volunteer.VolunteerRegistration.class)
        .put("nationalId", IDENTIFIER)
        .put("nameArabic", NAME)
        .put("nameEnglish", NAME)
        .put("mobile", CONTACT)
        .put("email", CONTACT)
        .put("birthDateHijri", DEMOGRAPHIC)
        .put("birthDateGregorian", DEMOGRAPHIC)
        .put("gender", DEMOGRAPHIC)
        .put("nationality", DEMOGRAPHIC)
        .put("region", RESIDENCE)
        .put("fieldsOfInterest", PROFILE)
        .put("charterAccepted", CONSENT)
        .put("guardianNationalId", GUARDIAN)
        .put("guardianCharterSigned", GUARDIAN);
    model(b, org.tatawwu.volunteer.WeeklySlot.class)
        .put("day", VALUE_PART)
        .put("from", VALUE_PART)
        .put("until", VALUE_PART);
    model(b, org.tatawwu.privacy.SubjectCopy.class)
        .put("subject", SUBJECT_REFERENCE)
        .put("producedAt", NOT_PERSONAL)
        .put("erased", PROFILE)
        .put("personalData", IDENTIFIER)
        .put("profile", PROFILE)
        .put("consents", CONSENT)
        .put("enrollments", ACTIVITY)
        .put("hours", ACTIVITY)
        .put("hourEvidence", ACTIVITY)
        .put("certificates", ACTIVITY)
        .put("appraisals", APPRAISAL)
        .put("credentials", PROFILE)
        .put("backgroundChecks", CRIMINAL_RECORD)
        .put("fundRecords", FINANCIAL);
    model(b, org.tatawwu.privacy.RetentionSchedule.class)
        .put("recordClass", NOT_PERSONAL)
        .put("keepFor", NOT_PERSONAL)
        .put("lawMinimum", NOT_PERSONAL);
    model(b, org.tatawwu.privacy.RetainedRecord.class)
        .put("recordClass", NOT_PERSONAL)
        .put("id", SUBJECT_REFERENCE)
        .put("subject", SUBJECT_REFERENCE)
        .put("reference", ACTIVITY);
    model(b, org.tatawwu.privacy.RetentionReport.class)
        .put("at", NOT_PERSONAL)
        .put("performed", NOT_PERSONAL)
        .put("destroyed", SUBJECT_REFERENCE)
        .put("held", SUBJECT_REFERENCE)
        .put("undated", SUBJECT_REFERENCE);
    model(b, org.tatawwu.privacy.RetentionReport.Undated.class)
        .put("recordClass", NOT_PERSONAL)
        .put("subject", SUBJECT_REFERENCE);
    model(b, org.tatawwu.privacy.RetentionReport.Held.class)
        .put("record", VALUE_PART)
        .put("reason", NOT_PERSONAL);
    model(b, org.tatawwu.privacy.VolunteerCard.class)
        .put("id", SUBJECT_REFERENCE)
        .put("name", NAME)
        .put("mobile", CONTACT)
        .put("email", CONTACT)
        .put("region", RESIDENCE)
        .put("city", RESIDENCE)
        .put("skills", PROFILE)
        .put("languages", PROFILE);
    this.entries = Collections.unmodifiableMap(b);
  }

  /** Classifies the components of one record. */
  private static Model model(Map<ModelComponent, DataCategory> into, Class<? extends Record> type) {
    return new Model(into, type);
  }

  /** Adds one record's components to the table. */
  private static final class Model {
    private final Map<ModelComponent, DataCategory> into;
    private final Class<? extends Record> type;

    Model(Map<ModelComponent, DataCategory> into, Class<? extends Record> type) {
      this.into = into;
      this.type = type;
    }

    Model put(String component, DataCategory category) {
      if (into.put(ModelComponent.of(type, component), category) != null) {
        throw new IllegalStateException(
            "classified twice: " + type.getSimpleName() + "." + component);
      }
      return this;
    }
  }

  @Override
  public Optional<DataCategory> find(ModelComponent component) {
    return Optional.ofNullable(entries.get(Objects.requireNonNull(component, "component")));
  }

  @Override
  public DataCategory categoryOf(ModelComponent component) {
    DataCategory c = entries.get(Objects.requireNonNull(component, "component"));
    if (c == null) {
      throw new InvalidValueException(
          "privacy.unclassified", "the component is not classified: " + component);
    }
    return c;
  }

  @Override
  public Map<ModelComponent, DataCategory> entries() {
    return entries;
  }

  @Override
  public Set<ModelComponent> components(DataCategory category) {
    Objects.requireNonNull(category, "category");
    Set<ModelComponent> out = new LinkedHashSet<>();
    entries.forEach(
        (k, v) -> {
          if (v == category) {
            out.add(k);
          }
        });
    return Collections.unmodifiableSet(out);
  }
}
