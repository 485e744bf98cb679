/**
 * Text shown to people: bilingual (Arabic and English) values, sanitation of user-typed text, digit
 * normalisation and Arabic folding for de-duplication. All types here are immutable and
 * thread-safe.
 */
@NullMarked
package org.tatawwu.text;

import org.jspecify.annotations.NullMarked;
