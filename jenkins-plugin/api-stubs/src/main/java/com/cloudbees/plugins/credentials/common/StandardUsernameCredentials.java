package com.cloudbees.plugins.credentials.common;

/** Stand-in (compile only). */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {}
