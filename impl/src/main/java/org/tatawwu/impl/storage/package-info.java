/** Durable append-only files shared by the persistent journals. Not exported. */
@NullMarked
package org.tatawwu.impl.storage;

import org.jspecify.annotations.NullMarked;
