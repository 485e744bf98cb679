package org.tatawwu.examples;

import java.util.Map;
import org.tatawwu.geo.Region;

/**
 * The figures the demo reports, for tests and the HTML report.
 *
 * @param registered volunteers registered
 * @param rejected registrations rejected
 * @param volunteersByRegion registered volunteers per region
 */
public record DemoReport(int registered, int rejected, Map<Region, Integer> volunteersByRegion) {}
