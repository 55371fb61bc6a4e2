package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** Stand-in (compile only). */
public interface UsernameCredentials extends Credentials {
  String getUsername();
}
