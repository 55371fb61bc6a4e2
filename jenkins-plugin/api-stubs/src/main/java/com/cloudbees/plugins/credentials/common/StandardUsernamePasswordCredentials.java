package com.cloudbees.plugins.credentials.common;

/** Stand-in (compile only). */
public interface StandardUsernamePasswordCredentials extends StandardUsernameCredentials, PasswordCredentials {}
