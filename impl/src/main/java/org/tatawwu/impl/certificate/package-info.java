/** The Ed25519 certificate issuer. Not exported. */
@NullMarked
package org.tatawwu.impl.certificate;

import org.jspecify.annotations.NullMarked;
