package org.tatawwu.impl.fund;

import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundLedger;
import org.tatawwu.fund.FundOperation;
import org.tatawwu.fund.FundPolicy;
import org.tatawwu.fund.FundReport;
import org.tatawwu.fund.JournalEntry;
import org.tatawwu.fund.NeedVerification;
import org.tatawwu.fund.Refund;
import org.tatawwu.fund.SarTotal;
import org.tatawwu.fund.ServiceCategory;
import org.tatawwu.geo.Region;
import org.tatawwu.hours.Bucket;
import org.tatawwu.hours.IdempotencyKey;
import org.tatawwu.impact.SarAmount;
import org.tatawwu.impl.validation.RuleMessages;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * The Community Fund's books: one append-only journal, one lock. Every operation is checked
 * completely (all violations collected), then appended; balances are kept in halalas with exact
 * arithmetic.
 */
public final class DefaultFundLedger implements FundLedger {
  private static final RuleMessages MESSAGES = new RuleMessages("org.tatawwu.impl.fund.Fund");

  private final Map<AssociationId, Association> associations;
  private final FundPolicy policy;
  private final Clock clock;
  private final Object lock = new Object();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final Map<IdempotencyKey, JournalEntry> byKey = new HashMap<>();
  private final Map<FundId, Long> balances = new HashMap<>();
  private final Map<Long, Long> refundedOfDonation = new HashMap<>();
  private final Map<BeneficiaryRef, List<JournalEntry>> aidByBeneficiary = new HashMap<>();

  /**
   * Creates the ledger.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param clock the clock (recording times and "today"), not null
   */
  public DefaultFundLedger(List<Association> associations, FundPolicy policy, Clock clock) {
    Map<AssociationId, Association> map = new HashMap<>();
    associations.forEach(a -> map.put(a.id(), a));
    this.associations = Map.copyOf(map);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public JournalEntry donate(Donation d) {
    synchronized (lock) {
      JournalEntry replay = replayed(d);
      if (replay != null) {
        return replay;
      }
      List<Violation> v = new ArrayList<>();
      positive(d.amount(), v);
      long after = add(balance(d.fund()).halalas(), d.amount().halalas(), v);
      fail(v);
      return append(d, LocalDate.now(clock), after);
    }
  }

  @Override
  public JournalEntry refund(Refund r) {
    synchronized (lock) {
      JournalEntry replay = replayed(r);
      if (replay != null) {
        return replay;
      }
      List<Violation> v = new ArrayList<>();
      positive(r.amount(), v);
      JournalEntry donation =
          r.donation() >= 1 && r.donation() <= journal.size()
              ? journal.get((int) r.donation() - 1)
              : null;
      if (donation == null
          || !(donation.operation() instanceof Donation d)
          || !d.fund().equals(r.fund())) {
        v.add(Violation.of("fund.unknownDonation", "donation", r.donation()));
      } else {
        // 0 <= refunded <= donated: what remains cannot overflow, nor can the comparison
        long remaining =
            d.amount().halalas() - refundedOfDonation.getOrDefault(r.donation(), 0L);
        if (r.amount().halalas() > remaining) {
          v.add(
              Violation.of(
                  "fund.refundExceedsDonation", "remaining", SarAmount.ofHalalas(remaining)));
        }
      }
      long after = withdraw(r, v);
      fail(v);
      refundedOfDonation.merge(r.donation(), r.amount().halalas(), Long::sum);
      return append(r, LocalDate.now(clock), after);
    }
  }

  @Override
  public JournalEntry disburse(Disbursement d) {
    synchronized (lock) {
      JournalEntry replay = replayed(d);
      if (replay != null) {
        return replay;
      }
      List<Violation> v = new ArrayList<>();
      positive(d.amount(), v);
      LocalDate today = LocalDate.now(clock);
      if (d.date().isAfter(today)) {
        v.add(Violation.of("fund.futureDate"));
      }
      Association a = associations.get(d.association());
      if (a == null) {
        v.add(Violation.of("fund.unknownAssociation", "association", d.association().value()));
      } else {
        if (!a.isAccreditedOn(d.date())) {
          v.add(
              Violation.of(
                  "fund.notAccredited",
                  "association",
                  d.association().value(),
                  "until",
                  a.accreditation().validity().last()));
        }
        if (!a.regions().contains(d.region())) {
          v.add(Violation.of("fund.regionNotServed", "region", d.region().code()));
        }
        if (!a.categories().contains(d.category())) {
          v.add(Violation.of("fund.categoryNotServed", "category", d.category().name()));
        }
      }
      if (d.amount().compareTo(policy.maximumDisbursement()) > 0) {
        v.add(Violation.of("fund.overDisbursementLimit", "limit", policy.maximumDisbursement()));
      }
      if (d.beneficiary().isPresent()) {
        if (d.verification().isEmpty()) {
          v.add(Violation.of("fund.needNotVerified"));
        } else {
          NeedVerification nv = d.verification().get();
          if (nv.verifiedAt().atZone(clock.getZone()).toLocalDate().isAfter(d.date())) {
            v.add(Violation.of("fund.verifiedAfterAid"));
          }
        }
        long limit = policy.maximumPerBeneficiary().halalas();
        long received = 0;
        LocalDate from = d.date().minusDays(policy.periodDays() - 1L);
        for (JournalEntry e : aidByBeneficiary.getOrDefault(d.beneficiary().get(), List.of())) {
          if (!e.day().isBefore(from) && !e.day().isAfter(d.date())) {
            received = saturatedSum(received, e.operation().amount().halalas());
          }
        }
        // 0 <= received and 0 < limit: limit - received cannot overflow
        if (received > limit || d.amount().halalas() > limit - received) {
          v.add(
              Violation.of(
                  "fund.overBeneficiaryLimit",
                  "limit",
                  policy.maximumPerBeneficiary(),
                  "days",
                  policy.periodDays()));
        }
      } else if (d.verification().isPresent()) {
        v.add(Violation.of("fund.verificationWithoutBeneficiary"));
      }
      long after = withdraw(d, v);
      fail(v);
      JournalEntry e = append(d, d.date(), after);
      d.beneficiary()
          .ifPresent(b -> aidByBeneficiary.computeIfAbsent(b, k -> new ArrayList<>()).add(e));
      return e;
    }
  }

  @Override
  public SarAmount balance(FundId fund) {
    synchronized (lock) {
      return SarAmount.ofHalalas(balances.getOrDefault(fund, 0L));
    }
  }

  @Override
  public List<JournalEntry> journal(FundId fund) {
    synchronized (lock) {
      return journal.stream().filter(e -> e.operation().fund().equals(fund)).toList();
    }
  }

  @Override
  public FundReport report(FundId fund, DateRange range, Bucket bucket) {
    Total donated = new Total();
    Total refunded = new Total();
    Total disbursed = new Total();
    Map<ServiceCategory, Total> byCategory = new EnumMap<>(ServiceCategory.class);
    Map<Region, Total> byRegion = new EnumMap<>(Region.class);
    Map<AssociationId, Total> byAssociation = new TreeMap<>();
    Map<String, Total> raised = new TreeMap<>();
    Map<String, Total> out = new TreeMap<>();
    Set<BeneficiaryRef> reached = new HashSet<>();
    // at most Integer.MAX_VALUE entries (a list) of at most Integer.MAX_VALUE volunteers: fits
    long volunteers = 0;
    for (JournalEntry e : journal(fund)) {
      if (!range.contains(e.day())) {
        continue;
      }
      long amount = e.operation().amount().halalas();
      String label = bucket.labelOf(e.day());
      FundOperation op = e.operation();
      if (op instanceof Donation) {
        donated.add(amount);
        raised.computeIfAbsent(label, k -> new Total()).add(amount);
      } else if (op instanceof Refund) {
        refunded.add(amount);
        raised.computeIfAbsent(label, k -> new Total()).add(-amount); // amount > 0: no overflow
      } else if (op instanceof Disbursement d) {
        disbursed.add(amount);
        byCategory.computeIfAbsent(d.category(), k -> new Total()).add(amount);
        byRegion.computeIfAbsent(d.region(), k -> new Total()).add(amount);
        byAssociation.computeIfAbsent(d.association(), k -> new Total()).add(amount);
        out.computeIfAbsent(label, k -> new Total()).add(amount);
        d.beneficiary().ifPresent(reached::add);
        volunteers += d.volunteersInvolved();
      }
    }
    return new FundReport(
        donated.total(),
        refunded.total(),
        disbursed.total(),
        money(byCategory),
        money(byRegion),
        money(byAssociation),
        money(raised),
        money(out),
        reached.size(),
        volunteers);
  }

  private static <K> Map<K, SarTotal> money(Map<K, Total> totals) {
    Map<K, SarTotal> out = totals instanceof EnumMap<?, ?> ? new HashMap<>() : new TreeMap<>();
    totals.forEach((k, v) -> out.put(k, v.total()));
    return Collections.unmodifiableMap(out);
  }

  /** {@code a + b} for non-negative halalas, or {@link Long#MAX_VALUE} where it would overflow. */
  private static long saturatedSum(long a, long b) {
    return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
  }

  /**
   * A running sum of halalas, exact at any size: a {@code long} while the sum fits, carried into a
   * {@link BigInteger} whenever an addition would overflow (so that a report stays cheap for the
   * sums that fit, which are nearly all). Not thread-safe; used inside one report.
   */
  private static final class Total {
    private long low;
    private BigInteger carried = BigInteger.ZERO;

    void add(long halalas) {
      long sum = low + halalas;
      if (((low ^ sum) & (halalas ^ sum)) < 0) { // overflowed: both signs differ from the sum's
        carried = carried.add(BigInteger.valueOf(low)).add(BigInteger.valueOf(halalas));
        low = 0;
      } else {
        low = sum;
      }
    }

    SarTotal total() {
      return new SarTotal(carried.add(BigInteger.valueOf(low)));
    }
  }

  private @Nullable JournalEntry replayed(FundOperation op) {
    JournalEntry existing = byKey.get(op.key());
    if (existing == null) {
      return null;
    }
    if (!existing.operation().equals(op)) {
      throw rule(
          List.of(Violation.of("fund.idempotencyConflict", "sequence", existing.sequence())));
    }
    return existing;
  }

  /** The balance after money goes out, or a violation if the fund cannot cover it. */
  private long withdraw(FundOperation op, List<Violation> v) {
    SarAmount balance = balance(op.fund());
    long after = balance.halalas() - Math.max(0, op.amount().halalas());
    if (after < 0) {
      v.add(Violation.of("fund.insufficientBalance", "balance", balance));
    }
    return after;
  }

  private static void positive(SarAmount amount, List<Violation> v) {
    if (amount.halalas() <= 0) {
      v.add(Violation.of("fund.amountNotPositive"));
    }
  }

  private static long add(long a, long b, List<Violation> v) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      v.add(Violation.of("fund.overflow"));
      return a;
    }
  }

  private JournalEntry append(FundOperation op, LocalDate day, long balanceAfter) {
    JournalEntry e =
        new JournalEntry(
            journal.size() + 1L, clock.instant(), day, op, SarAmount.ofHalalas(balanceAfter));
    journal.add(e);
    byKey.put(op.key(), e);
    balances.put(op.fund(), balanceAfter);
    return e;
  }

  private static void fail(List<Violation> v) {
    if (!v.isEmpty()) {
      throw rule(v);
    }
  }

  private static RuleException rule(List<Violation> v) {
    return new RuleException(v, MESSAGES::problems);
  }
}
