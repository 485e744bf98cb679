/** Build-time support shared by the API's packages; not exported, not part of the API. */
@NullMarked
package org.tatawwu.internal;

import org.jspecify.annotations.NullMarked;
