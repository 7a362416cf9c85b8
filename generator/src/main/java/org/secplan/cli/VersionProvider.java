package org.secplan.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = version();
        return new String[] {"secplan " + (version == null ? "(development build)" : version)};
    }

    /** secplan's version, or null when run from classes rather than the jar. */
    static String version() {
        return VersionProvider.class.getPackage().getImplementationVersion(); // the package is the jar's
    }
}
