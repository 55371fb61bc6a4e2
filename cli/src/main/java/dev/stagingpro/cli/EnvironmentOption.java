package dev.stagingpro.cli;

import picocli.CommandLine.Option;

/** {@code --env NAME}: the manifest environment an operation works on. */
final class EnvironmentOption {
  @Option(names = {"-e", "--env"}, paramLabel = "NAME", description = "Environment from stagingpro.yml.")
  String environment;
}
