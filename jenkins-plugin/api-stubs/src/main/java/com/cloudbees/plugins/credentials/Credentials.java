package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** Stand-in (compile only). */
public interface Credentials extends Serializable {}
