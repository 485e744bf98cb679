/**
 * The Community Fund (الصندوق المجتمعي): donations in, verified help out through accredited civil
 * associations, every halala accounted for in an append-only journal. Beneficiaries appear only as
 * pseudonymous references.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.fund;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
