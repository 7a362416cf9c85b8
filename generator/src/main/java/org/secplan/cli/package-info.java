/**
 * The {@code secplan} command line: picocli commands, each a {@code Callable<Integer>} that calls the
 * {@link org.secplan.Secplan} front door and prints the result. The only package that imports picocli.
 * Exit codes: 0 success, 1 a finding reached the --fail-on threshold, 2 unusable input or arguments,
 * 3 an internal fault.
 */
package org.secplan.cli;
