/**
 * Places: the 13 regions of Saudi Arabia (ISO 3166-2:SA), cities and geographic points. All types
 * here are immutable and thread-safe.
 */
@NullMarked
package org.tatawwu.geo;

import org.jspecify.annotations.NullMarked;
