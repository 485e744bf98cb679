/**
 * The reference implementation's provider, found through java.util.ServiceLoader. Not exported: may
 * change in any release.
 */
@NullMarked
package org.tatawwu.impl;

import org.jspecify.annotations.NullMarked;
