/**
 * The privacy engines behind {@link org.tatawwu.privacy.Privacy}: the classification table, an
 * in-memory consent register, the purpose guard and a ranker that reads only what its purposes
 * allow.
 */
@NullMarked
package org.tatawwu.impl.privacy;

import org.jspecify.annotations.NullMarked;
