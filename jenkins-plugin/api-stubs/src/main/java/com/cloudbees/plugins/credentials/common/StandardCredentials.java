package com.cloudbees.plugins.credentials.common;

/** Stand-in (compile only). */
public interface StandardCredentials extends IdCredentials {
  String getDescription();
}
