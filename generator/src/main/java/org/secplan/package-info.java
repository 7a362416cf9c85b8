/**
 * The front door of secplan: {@link org.secplan.Secplan} loads a plan directory, checks it and answers
 * queries by handing off to the small classes in the sub-packages; {@link org.secplan.base.SecplanException}
 * is the one exception a user's mistake produces.
 */
package org.secplan;
