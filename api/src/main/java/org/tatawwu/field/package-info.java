/**
 * The field taxonomy (مجالات التطوع): fields with sub-fields, stable codes and bilingual names. The
 * default catalogue is a default, not the official list: a platform replaces it with its own. All
 * types here are immutable and thread-safe.
 */
@NullMarked
package org.tatawwu.field;

import org.jspecify.annotations.NullMarked;
