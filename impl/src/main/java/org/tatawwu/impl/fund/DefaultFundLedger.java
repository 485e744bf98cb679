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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tatawwu.fund.Association;
import org.tatawwu.fund.AssociationId;
import org.tatawwu.fund.BeneficiaryRef;
import org.tatawwu.fund.Disbursement;
import org.tatawwu.fund.Donation;
import org.tatawwu.fund.FundId;
import org.tatawwu.fund.FundJournalConflictException;
import org.tatawwu.fund.FundJournalStore;
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
import org.tatawwu.impl.storage.ContentionBackoff;
import org.tatawwu.impl.validation.RuleMessages;
import org.tatawwu.time.DateRange;
import org.tatawwu.validation.RuleException;
import org.tatawwu.validation.Violation;

/**
 * The Community Fund's books, event-sourced over a {@link FundJournalStore}: the journal in the
 * store is the only truth, and this ledger's balances, idempotency keys, refunded parts and aid per
 * beneficiary are derived from it. Creating the ledger replays the journal; a rebuilt ledger equals
 * the live one. Balances are kept in halalas with overflow-safe arithmetic.
 *
 * <p><b>Several nodes, one journal.</b> Each operation, under this ledger's lock: catch up on the
 * entries other ledgers (nodes) appended; answer a replayed idempotency key with its entry; check
 * every rule against the caught-up books (all violations collected); append the entry with the next
 * sequence. If another node took that sequence first, the store refuses the append ({@link
 * FundJournalConflictException}), and the ledger catches up and decides again, up to 64 times, then
 * throws the conflict on having changed nothing — so the balance never goes negative, a donation is
 * never refunded more than remains, and a key is accepted once, across all nodes. Every read
 * ({@link #balance}, {@link #journal}, {@link #report}) catches up first, so it reflects every
 * operation acknowledged by any node before the read began.
 *
 * <p>If the store fails (any exception from the append other than a conflict, such as an {@link
 * java.io.UncheckedIOException} from a file or a lost database connection), the operation is stored
 * wholly or not at all and its outcome unknown: repeat it with the same idempotency key; the ledger
 * catches up and either returns the stored entry or appends it then.
 *
 * <p>Thread-safe.
 */
public final class DefaultFundLedger implements FundLedger {
  private static final RuleMessages MESSAGES = new RuleMessages("org.tatawwu.impl.fund.Fund");

  /**
   * How many times one operation is decided before a conflict is thrown on: each lost attempt means
   * another node appended, so the nodes as a whole always make progress; the bound keeps one node
   * from waiting without end behind a stream of others.
   */
  static final int ATTEMPTS = 64;

  private final Map<AssociationId, Association> associations;
  private final FundPolicy policy;
  private final Clock clock;
  private final FundJournalStore store;
  private final Object lock = new Object();
  private final List<JournalEntry> journal = new ArrayList<>();
  private final Map<IdempotencyKey, JournalEntry> byKey = new HashMap<>();
  private final Map<FundId, Long> balances = new HashMap<>();
  private final Map<Long, Long> refundedOfDonation = new HashMap<>();
  private final Map<BeneficiaryRef, List<JournalEntry>> aidByBeneficiary = new HashMap<>();

  /**
   * Creates a ledger over a new journal in memory.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param clock the clock (recording times and "today"), not null
   */
  public DefaultFundLedger(List<Association> associations, FundPolicy policy, Clock clock) {
    this(associations, policy, new InMemoryFundJournalStore(), clock);
  }

  /**
   * Creates a ledger over a journal store and replays what it holds.
   *
   * @param associations the accredited associations, not null
   * @param policy the limits, not null
   * @param store the journal, possibly shared with other ledgers (nodes), not null
   * @param clock the clock (recording times and "today"), not null
   * @throws IllegalStateException if the stored journal breaks the books (an entry out of sequence,
   *     a balance that does not follow, a repeated key)
   * @throws java.io.UncheckedIOException if the store cannot be read
   */
  public DefaultFundLedger(
      List<Association> associations, FundPolicy policy, FundJournalStore store, Clock clock) {
    Map<AssociationId, Association> map = new HashMap<>();
    associations.forEach(a -> map.put(a.id(), a));
    this.associations = Map.copyOf(map);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
    synchronized (lock) {
      catchUp();
    }
  }

  @Override
  public JournalEntry donate(Donation donation) {
    return decide(donation, this::checkDonation);
  }

  private JournalEntry checkDonation(Donation d) {
    List<Violation> v = new ArrayList<>();
    positive(d.amount(), v);
    long after = add(balanceOf(d.fund()), d.amount().halalas(), v);
    fail(v);
    return next(d, LocalDate.now(clock), after);
  }

  @Override
  public JournalEntry refund(Refund refund) {
    return decide(refund, this::checkRefund);
  }

  private JournalEntry checkRefund(Refund r) {
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
      long remaining = d.amount().halalas() - refundedOfDonation.getOrDefault(r.donation(), 0L);
      if (r.amount().halalas() > remaining) {
        v.add(
            Violation.of(
                "fund.refundExceedsDonation", "remaining", SarAmount.ofHalalas(remaining)));
      }
    }
    long after = withdraw(r, v);
    fail(v);
    return next(r, LocalDate.now(clock), after);
  }

  @Override
  public JournalEntry disburse(Disbursement disbursement) {
    return decide(disbursement, this::checkDisbursement);
  }

  private JournalEntry checkDisbursement(Disbursement d) {
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
    return next(d, d.date(), after);
  }

  @Override
  public SarAmount balance(FundId fund) {
    synchronized (lock) {
      catchUp();
      return SarAmount.ofHalalas(balanceOf(fund));
    }
  }

  private long balanceOf(FundId fund) {
    return balances.getOrDefault(fund, 0L);
  }

  @Override
  public List<JournalEntry> journal(FundId fund) {
    synchronized (lock) {
      catchUp();
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
    long balance = balanceOf(op.fund());
    long after = balance - Math.max(0, op.amount().halalas()); // both 0 or more: no overflow
    if (after < 0) {
      v.add(Violation.of("fund.insufficientBalance", "balance", SarAmount.ofHalalas(balance)));
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

  /**
   * Decides one operation against the caught-up books and appends it; when another node took the
   * sequence first, pauses a random while ({@link ContentionBackoff}), catches up and decides
   * again, up to {@link #ATTEMPTS} times.
   */
  private <T extends FundOperation> JournalEntry decide(T op, Function<T, JournalEntry> check) {
    Objects.requireNonNull(op, "operation");
    synchronized (lock) {
      FundJournalConflictException lost = null;
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        catchUp();
        JournalEntry replay = replayed(op);
        if (replay != null) {
          return replay;
        }
        JournalEntry entry = check.apply(op);
        try {
          store.append(entry);
        } catch (FundJournalConflictException e) {
          lost = e;
          if (!ContentionBackoff.pause(attempt + 1)) {
            break;
          }
          continue;
        }
        apply(entry);
        return entry;
      }
      throw Objects.requireNonNull(lost);
    }
  }

  /** Applies the entries other ledgers (or an earlier life of this one) appended. */
  private void catchUp() {
    store.replayAfter(journal.size(), this::apply);
  }

  private JournalEntry next(FundOperation op, LocalDate day, long balanceAfter) {
    return new JournalEntry(
        journal.size() + 1L, clock.instant(), day, op, SarAmount.ofHalalas(balanceAfter));
  }

  /**
   * Applies one stored entry to the derived books, checking that it follows: its sequence is the
   * next, its key is new, its balance is the one its operation leads to.
   */
  private void apply(JournalEntry e) {
    FundOperation op = e.operation();
    if (e.sequence() != journal.size() + 1L) {
      throw new IllegalStateException(
          "fund journal entry "
              + e.sequence()
              + " where entry "
              + (journal.size() + 1)
              + " belongs");
    }
    if (byKey.containsKey(op.key())) {
      throw new IllegalStateException(
          "fund journal entry " + e.sequence() + " repeats the key of an earlier entry");
    }
    long amount = op.amount().halalas();
    long before = balanceOf(op.fund());
    long after;
    if (op instanceof Donation) {
      after = amount > Long.MAX_VALUE - before ? -1 : before + amount;
    } else {
      after = before - amount;
    }
    if (amount <= 0 || after < 0 || after != e.balanceAfter().halalas()) {
      throw new IllegalStateException(
          "fund journal entry " + e.sequence() + " does not follow from the entries before it");
    }
    journal.add(e);
    byKey.put(op.key(), e);
    balances.put(op.fund(), after);
    if (op instanceof Refund r) {
      // checked when decided: refunded + amount <= donated, no overflow
      refundedOfDonation.merge(r.donation(), amount, Long::sum);
    } else if (op instanceof Disbursement d) {
      d.beneficiary()
          .ifPresent(b -> aidByBeneficiary.computeIfAbsent(b, k -> new ArrayList<>()).add(e));
    }
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
