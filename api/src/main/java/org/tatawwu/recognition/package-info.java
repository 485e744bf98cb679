/**
 * Recognition: levels and badges awarded by rules over the hour ledger. A {@link
 * org.tatawwu.recognition.RecognitionPolicy} (versioned, readable as a JSON document through the
 * json module) lists {@link org.tatawwu.recognition.RecognitionRule}s, each a {@link
 * org.tatawwu.recognition.Criterion} with bilingual text; a {@link
 * org.tatawwu.recognition.RecognitionEngine} follows the ledger's {@link
 * org.tatawwu.recognition.LedgerOperation}s and reports each {@link
 * org.tatawwu.recognition.AwardChange}: an award when a volunteer meets a rule, a revocation when a
 * correction takes the hours behind it away. Replaying an operation changes nothing.
 */
@NullMarked
@TatawwuStyle
package org.tatawwu.recognition;

import org.jspecify.annotations.NullMarked;
import org.tatawwu.internal.TatawwuStyle;
