package org.example.partner;

import java.util.List;
import org.tatawwu.Tatawwu;
import org.tatawwu.eligibility.EligibilityPolicy;
import org.tatawwu.json.EligibilityConformance;
import org.tatawwu.json.PolicyDocuments;

/** Round-trips the standard policy through JSON and runs the shipped conformance vectors. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String json = PolicyDocuments.write(EligibilityPolicy.DEFAULT);
    EligibilityPolicy read = PolicyDocuments.parse(json);
    System.out.println("round trip " + read.equals(EligibilityPolicy.DEFAULT));
    List<EligibilityConformance.Result> results =
        EligibilityConformance.shipped().run(Tatawwu::eligibility);
    long passed = results.stream().filter(EligibilityConformance.Result::passed).count();
    System.out.println("vectors " + passed + "/" + results.size());
    System.out.println("consumer " + Main.class.getModule().getName());
    System.out.println("json " + PolicyDocuments.class.getModule().getName());
  }
}
