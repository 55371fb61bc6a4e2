package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Run;

/** Stand-in (compile only): the credentials store API. */
public abstract class CredentialsProvider {
  public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
      DomainRequirement... domainRequirements) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }

  @SuppressWarnings("rawtypes")
  public static <C extends Credentials> C track(Run build, C credentials) {
    throw new UnsupportedOperationException("compile-only stand-in");
  }
}
