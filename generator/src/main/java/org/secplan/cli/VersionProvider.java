package org.secplan.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion(); // the package is the jar's
        return new String[] {"secplan " + (version == null ? "(development build)" : version)};
    }
}
